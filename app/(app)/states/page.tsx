import type { Metadata } from "next";
import Link from "next/link";
import { AsOfBanner } from "@/components/as-of-banner";
import { LongDate } from "@/components/long-date";
import { StatesFilter } from "@/components/states-filter";
import { StatusBadge } from "@/components/status-badge";
import { StatusCountsPanel } from "@/components/status-counts";
import { StepStatusBadge } from "@/components/state/step-status-badge";
import { requireUser } from "@/lib/auth/session";
import { cachedStateList } from "@/lib/data/cached";
import { todayIso } from "@/lib/domain/dates";
import { parseStateFilter, STATE_SORTS, type StateSortParam } from "@/lib/domain/list-filters";

export const metadata: Metadata = { title: "States" };

type SearchParams = Record<string, string | string[] | undefined>;

type SortParam = StateSortParam;

function daysText(days: number): string {
  return days === 0 ? "today" : days === 1 ? "1 day" : `${days.toLocaleString("en-GB")} days`;
}

export default async function StatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/states");
  const params = await searchParams;
  const today = todayIso();
  const { asOf, q, region, status, stalledOnly, sort } = parseStateFilter(params, today).filter;
  const { rows, counts, stalledAfterMonths } = await cachedStateList({ viewer: user, asOf: asOf.date, region, status, q, stalledOnly, sort: sort && STATE_SORTS[sort] });
  const stateHref = (iso3: string) => (asOf.isToday ? `/states/${iso3}` : `/states/${iso3}?asOf=${asOf.date}`);
  const sortHref = (value: SortParam) => {
    const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && v && k !== "sort" ? [[k, v]] : [])));
    query.set("sort", value);
    return `/states?${query}`;
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">States</h1>
        <p className="text-sm text-slate-600">Convention on Cluster Munitions · {rows.length} shown</p>
      </div>
      <AsOfBanner asOf={asOf} todayHref="/states" />
      <StatesFilter values={{ q, region: region ?? "", status: status ?? "", asOf: asOf.isToday ? "" : asOf.date, stalled: stalledOnly, sort: sort ?? "" }}
        stalledAfterMonths={stalledAfterMonths} today={today} />
      <StatusCountsPanel counts={counts} />
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          No state matches these filters. <Link href="/states" className="underline">Clear the filters</Link> to see all states.
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">States and their status under the Convention on Cluster Munitions</caption>
            <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">State</th>
                <th scope="col" className="px-3 py-2">Region</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Signed</th>
                <th scope="col" className="px-3 py-2">Deposited</th>
                <th scope="col" className="px-3 py-2">Entry into force</th>
                <th scope="col" className="px-3 py-2">Current step</th>
                <th scope="col" className="px-3 py-2">Last activity</th>
                <th scope="col" className="px-3 py-2" aria-sort={sort === "no-contact" ? "descending" : sort === "no-contact-asc" ? "ascending" : undefined}>
                  <Link href={sortHref(sort === "no-contact" ? "no-contact-asc" : "no-contact")} className="underline underline-offset-2">
                    No contact since
                    <span aria-hidden="true">{sort === "no-contact" ? " ↓" : sort === "no-contact-asc" ? " ↑" : ""}</span>
                    <span className="sr-only">{sort === "no-contact" ? " (longest first; select for shortest first)" : " (select to sort, longest first)"}</span>
                  </Link>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((s) => (
                <tr key={s.iso3} data-iso3={s.iso3} className="hover:bg-slate-50">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={stateHref(s.iso3)} className="text-sky-900 underline-offset-2 hover:underline">
                      {s.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{s.region}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={s.status} instrument={s.record.instrument} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap"><LongDate value={s.record.signed} asOf={asOf.date} /></td>
                  <td className="px-3 py-2 whitespace-nowrap"><LongDate value={s.record.deposited} asOf={asOf.date} /></td>
                  <td className="px-3 py-2 whitespace-nowrap"><LongDate value={s.entryIntoForce?.date ?? null} asOf={asOf.date} /></td>
                  <td className="px-3 py-2">
                    {s.stage.current ? (
                      <span>
                        {s.stage.current.title} <StepStatusBadge status={s.stage.current.status} />
                      </span>
                    ) : (
                      <span className="text-slate-500">{s.stage.kind === "COMPLETE" ? "All steps done" : "—"}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <LongDate value={s.lastActivity ? s.lastActivity.slice(0, 10) : null} empty="None recorded" />
                    {s.stalled ? (
                      <span className="ml-2 rounded border border-[#d55e00] bg-[#fbece3] px-1.5 py-0.5 text-xs font-medium text-[#9c3f00]">Stalled</span>
                    ) : null}
                  </td>
                  {s.daysSinceContact === null || !s.lastContact ? (
                    <td className="px-3 py-2 whitespace-nowrap text-slate-500" data-days-since-contact="none">No contact</td>
                  ) : (
                    <td className="px-3 py-2 whitespace-nowrap" data-days-since-contact={s.daysSinceContact}>
                      {daysText(s.daysSinceContact)}
                      <span className="block text-xs text-slate-600">
                        <LongDate value={s.lastContact} />
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
