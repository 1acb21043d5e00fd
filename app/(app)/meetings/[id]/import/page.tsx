import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportWorkspace } from "@/features/summary-import/components/import-workspace";
import { requireMayRun } from "@/platform/auth/require-role";
import { listActors } from "@/features/meetings/speakers";
import { getImportTarget } from "@/features/summary-import/queries";
import { importSummary } from "@/features/summary-import/mutations";

export async function generateMetadata() {
  const t = await getTranslations("sessionImport");
  return { title: t("title") };
}

export default async function ImportSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireMayRun(importSummary, `/meetings/${encodeURIComponent(id)}/import`);
  const [meeting, actors] = await Promise.all([getImportTarget(id), listActors()]);
  if (!meeting) notFound();
  const [t, tm] = await Promise.all([getTranslations("sessionImport"), getTranslations("meetings")]);
  return (
    <article>
      <nav aria-label={tm("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/meetings" className="underline underline-offset-2">
          {tm("title")}
        </Link>{" "}
        /{" "}
        <Link href={`/meetings/${meeting.id}`} className="underline underline-offset-2">
          {meeting.name}
        </Link>{" "}
        / {t("breadcrumb")}
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t("intro", { meeting: meeting.name })}</p>
      <ImportWorkspace meeting={meeting} actors={actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }))} />
    </article>
  );
}
