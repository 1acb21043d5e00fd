import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportWorkspace } from "@/components/meetings/import-workspace";
import { requireMayRun } from "@/lib/auth/require-role";
import { listActors } from "@/lib/data/actors";
import { getImportTarget } from "@/lib/data/session-import";
import { importSessionSummary } from "@/lib/mutations/session-import";

export const metadata: Metadata = { title: "Import a session summary" };

export default async function ImportSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireMayRun(importSessionSummary, `/meetings/${encodeURIComponent(id)}/import`);
  const [meeting, actors] = await Promise.all([getImportTarget(id), listActors()]);
  if (!meeting) notFound();
  return (
    <article>
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href="/meetings" className="underline underline-offset-2">Meetings</Link> /{" "}
        <Link href={`/meetings/${meeting.id}`} className="underline underline-offset-2">{meeting.name}</Link> / Import
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Import a session summary</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        Paste or upload the summary of a session of {meeting.name}. Adhere proposes one statement per speaker, with quotes,
        pledges and their due dates, domestic steps and contacts reported; each proposal shows the sentence it came from. Tick,
        edit or untick each one, then save: everything is saved at once, or nothing. Nothing is saved until you press Save,
        and importing the same text again proposes only what is not saved yet.
      </p>
      <ImportWorkspace meeting={meeting} actors={actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }))} />
    </article>
  );
}
