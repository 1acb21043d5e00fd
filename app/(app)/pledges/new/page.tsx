import type { Metadata } from "next";
import Link from "next/link";
import { PledgeForm } from "@/components/pledges/pledge-form";
import { requireMayRun } from "@/lib/auth/require-role";
import { listActors } from "@/lib/data/actors";
import { meetingOptions } from "@/lib/data/meetings";
import { createPledge } from "@/lib/mutations/pledges";

export const metadata: Metadata = { title: "Record a pledge" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function NewPledgePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMayRun(createPledge, "/pledges/new");
  const params = await searchParams;
  const [actors, meetings] = await Promise.all([listActors(), meetingOptions()]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/pledges" className="underline underline-offset-2">Pledges</Link> / Record a pledge
      </nav>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Record a pledge</h1>
      <PledgeForm
        actors={actors}
        meetings={meetings}
        initial={{
          actorId: first(params.actor), text: "", kind: "", treatyAction: "", targetRegion: "", targets: "", due: "", reviewOn: "",
          meetingId: first(params.meeting), statementId: first(params.statement),
        }}
      />
    </>
  );
}
