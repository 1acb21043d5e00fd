import type { Metadata } from "next";
import Link from "next/link";
import { LongDate } from "@/components/long-date";
import { StatusBadge } from "@/components/status-badge";
import { StatusCountsPanel } from "@/components/status-counts";
import { requireUser } from "@/lib/auth/session";
import { listStates } from "@/lib/data/states";
import { upcomingWork } from "@/lib/data/contacts";
import { UpcomingContacts } from "@/components/contacts/upcoming-contacts";
import { formatLongDate, todayIso } from "@/lib/domain/dates";
import { TREATY_EVENT_LABEL, treatyEventsBetween } from "@/lib/domain/treaty-events";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/");
  const today = todayIso();
  const [{ rows, counts }, work] = await Promise.all([listStates({ viewer: user, asOf: today }), upcomingWork(user, today)]);
  const recent = treatyEventsBetween(rows, "2008-12-03", today).slice(0, 10);

  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Convention on Cluster Munitions</h1>
      <p className="mb-6 text-sm text-slate-600">Status of all {rows.length} states on {formatLongDate(today)}.</p>
      <StatusCountsPanel counts={counts} />
      <UpcomingContacts planned={work.planned} plannedTotal={work.plannedTotal} overdueNextSteps={work.overdueNextSteps} />
      <section aria-labelledby="recent-heading" className="max-w-3xl rounded border border-slate-200 bg-white">
        <h2 id="recent-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
          Latest treaty actions
        </h2>
        <ol className="divide-y divide-slate-100">
          {recent.map((event) => (
            <li key={`${event.subject.iso3}-${event.kind}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
              <span className="w-40 shrink-0 text-slate-600"><LongDate value={event.date} /></span>
              <Link href={`/states/${event.subject.iso3}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                {event.subject.name}
              </Link>
              <span>{TREATY_EVENT_LABEL[event.kind]}</span>
              <span className="ml-auto"><StatusBadge status={event.subject.status} instrument={event.subject.record.instrument} /></span>
            </li>
          ))}
        </ol>
        <p className="border-t border-slate-200 px-4 py-2 text-sm">
          <Link href="/states" className="underline underline-offset-2">See all states</Link>
        </p>
      </section>
    </>
  );
}
