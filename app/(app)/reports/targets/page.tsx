import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/domain/dates";
import { targetList } from "@/lib/reports/targets";

export const metadata: Metadata = { title: "Target list" };

export default async function TargetsPage() {
  const user = await requireUser("/reports/targets");
  const targets = await targetList(todayIso(), user);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Target list</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        States to prioritise: signatories first, then states that have not signed or have withdrawn. Within each group: more open
        pledges, then stalled states, then the longest without recorded activity, then regions where fewer states have joined.
      </p>
      <ol className="space-y-2">
        {targets.map((t) => (
          <li key={t.iso3} className="rounded border border-slate-200 bg-white px-4 py-2" data-target={t.iso3}>
            <div className="flex flex-wrap items-center gap-3">
              <span className="w-8 text-right font-semibold tabular-nums">{t.rank}.</span>
              <Link href={`/states/${t.iso3}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">{t.name}</Link>
              <StatusBadge status={t.status} />
              <span className="text-sm text-slate-600">{t.region}</span>
            </div>
            <ul className="ml-11 list-disc pl-4 text-sm text-slate-700">
              {t.reasons.map((r) => <li key={r}>{r}</li>)}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
