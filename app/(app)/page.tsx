import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/platform/ui/as-of-banner";
import { StatusChart } from "@/features/treaty-status/components/status-chart";
import { WorldMap } from "@/features/treaty-status/components/world-map";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { LongDate } from "@/platform/ui/long-date";
import { PledgeStatusBadge } from "@/features/pledges/components/pledge-status-badge";
import { StatusCountsPanel } from "@/platform/ui/status-counts";
import { requireUser } from "@/platform/auth/session";
import { SERIES_START } from "@/features/treaty-status/queries/dashboard";
import { cachedContactsByRegion, cachedDashboard, cachedUpcomingWork } from "@/platform/cache/reads";
import { UpcomingContacts } from "@/features/contacts/components/upcoming-contacts";
import { MAP_HEIGHT, MAP_WIDTH, mapOutlines } from "@/features/treaty-status/queries/map-shapes";
import { parseAsOf } from "@/lib/domain/as-of";
import { formatLongDate, todayIso } from "@/lib/domain/dates";
import { actionLabel } from "@/lib/domain/history";
import { countChanges, signed } from "@/lib/domain/series";
import { countStatuses, STATUS_KINDS } from "@/lib/domain/status";
import { localStateName } from "@/lib/domain/state-names";
import { localActorName } from "@/lib/domain/actor-name";
import type { PledgeView } from "@/features/pledges/queries";
import { ScrollRegion } from "@/platform/ui/scroll-region";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function PledgeList({ pledges, empty }: { pledges: PledgeView[]; empty: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  if (pledges.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {pledges.map((p) => (
        <li key={p.id} className="px-4 py-2">
          <Link href={p.actor.href} className="font-medium text-sky-900 underline-offset-2 hover:underline">
            {localActorName(p.actor, locale)}
          </Link>{" "}
          <Link href={`/pledges/${p.id}`} className="underline-offset-2 hover:underline">
            {p.text}
          </Link>
          <span className="block text-xs text-slate-600">
            {t.rich("due", { date: () => <FuzzyDateText text={p.dueText} earliest={p.dueEarliest} latest={p.dueLatest} /> })} ·{" "}
            <PledgeStatusBadge status={p.status} overdue={p.overdue} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/");
  const params = await searchParams;
  const today = todayIso();
  const asOf = parseAsOf(params.asOf, today);
  const [data, work] = await Promise.all([cachedDashboard(asOf.date, today, user), cachedUpcomingWork(user, today)]);
  const pastMeetings = data.meetings.filter((m) => m.endDate <= asOf.date);
  const since = data.meetings.find((m) => m.id === first(params.since)) ?? pastMeetings.at(-1);
  const changes = since
    ? countChanges(
        countStatuses(
          data.rows.map((r) => r.record),
          since.endDate,
        ),
        data.counts,
      )
    : [];
  const stalled = data.rows.filter((r) => r.stalled);
  const periodStart = since?.endDate ?? `${asOf.date.slice(0, 4)}-01-01`;
  const regionContacts = await cachedContactsByRegion(user, periodStart, asOf.date);
  const [t, labels, stateT, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("labels"),
    getTranslations("state"),
    getLocale(),
  ]);
  const actionText = (action: string) => {
    const key = `action.${action}` as "action.stateNote.add";
    return stateT.has(key) ? stateT(key) : actionLabel(action);
  };
  const changeLabel = (kind: string) => (kind === "byDeposit" ? t("byDeposit") : labels(`status.${kind as (typeof STATUS_KINDS)[number]}`));

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <form method="get" action="/" className="no-print flex max-w-full flex-wrap items-end gap-2 text-sm" aria-label={t("dateForm")}>
          <div>
            <label htmlFor="dash-asof" className="block font-medium">
              {t("asOf")}
            </label>
            <input
              id="dash-asof"
              name="asOf"
              type="date"
              min="2008-05-30"
              max={today}
              defaultValue={asOf.isToday ? "" : asOf.date}
              className="rounded border border-slate-400 px-2 py-1"
            />
          </div>
          <div className="max-w-full">
            <label htmlFor="dash-since" className="block font-medium">
              {t("changeSince")}
            </label>
            <select id="dash-since" name="since" defaultValue={since?.id ?? ""} className="max-w-full rounded border border-slate-400 px-2 py-1">
              {pastMeetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({formatLongDate(m.endDate, locale)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-medium text-white">
            {t("show")}
          </button>
        </form>
      </div>
      <AsOfBanner asOf={asOf} todayHref="/" />
      <StatusCountsPanel counts={data.counts} />

      {since ? (
        <section aria-labelledby="since-heading" className="mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="since-heading" className="mb-2 text-lg font-semibold">
            {t("sinceHeading", { meeting: since.name, date: formatLongDate(since.endDate, locale) })}
          </h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="since-changes">
            {changes
              .filter((c) => c.kind !== "NOT_PARTY")
              .map((c) => (
                <li key={c.kind}>
                  <strong className="tabular-nums">{signed(c.delta)}</strong> {changeLabel(c.kind)}
                  <span className="text-slate-600">
                    {" "}
                    ({c.before} → {c.after})
                  </span>
                </li>
              ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={`/reports/progress?from=${since.endDate}&to=${asOf.date}`} className="underline underline-offset-2">
              {t("progressReport")}
            </Link>
          </p>
        </section>
      ) : null}

      <div className="mb-6 grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <WorldMap
          outlines={mapOutlines()}
          states={data.rows.map((r) => ({ iso3: r.iso3, name: localStateName(r.iso3, r.name, locale), record: r.record }))}
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          start={SERIES_START}
          end={today}
          initial={asOf.date}
        />
        <div className="space-y-6">
          <section aria-labelledby="overdue-heading" className="rounded border border-slate-200 bg-white">
            <h2 id="overdue-heading" className="border-b border-slate-200 px-4 py-2 font-semibold">
              {t("overdueHeading")} <span className="font-normal text-slate-600">({data.overdueTotal})</span>
            </h2>
            <PledgeList pledges={data.overdue} empty={t("noOverdue")} />
            {data.overdueTotal > data.overdue.length ? (
              <p className="border-t border-slate-100 px-4 py-2 text-sm">
                <Link href="/pledges?due=overdue" className="underline">
                  {t("allOverdue", { count: data.overdueTotal })}
                </Link>
              </p>
            ) : null}
          </section>
          <UpcomingContacts planned={work.planned} plannedTotal={work.plannedTotal} overdueNextSteps={work.overdueNextSteps} />
          <section aria-labelledby="due-heading" className="rounded border border-slate-200 bg-white">
            <h2 id="due-heading" className="border-b border-slate-200 px-4 py-2 font-semibold">
              {t("dueHeading")} <span className="font-normal text-slate-600">({data.dueSoonTotal})</span>
            </h2>
            <PledgeList pledges={data.dueSoon} empty={t("noDue")} />
          </section>
        </div>
      </div>

      <div className="mb-6">
        <StatusChart series={data.series} markers={data.meetings.map((m) => ({ name: m.name, date: m.startDate }))} />
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <section aria-labelledby="region-heading" className="rounded border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 id="region-heading" className="mb-2 font-semibold">
            {t("regionHeading", { date: formatLongDate(asOf.date, locale) })}
          </h2>
          <ScrollRegion labelledBy="region-heading">
            <table className="min-w-full text-sm">
              <thead className="text-left text-xs uppercase tracking-wide text-slate-700">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t("region")}
                  </th>
                  {STATUS_KINDS.map((k) => (
                    <th key={k} scope="col" className="px-2 py-1 text-right">
                      {labels(`status.${k}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1 text-right">
                    {t("contactsSince", { date: formatLongDate(periodStart, locale) })}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.byRegion.map(({ region, counts }) => (
                  <tr key={region}>
                    <th scope="row" className="py-1 pr-3 text-left font-medium">
                      <Link
                        href={`/states?region=${region}${asOf.isToday ? "" : `&asOf=${asOf.date}`}`}
                        className="underline-offset-2 hover:underline"
                      >
                        {labels(`region.${region}`)}
                      </Link>
                    </th>
                    {STATUS_KINDS.map((k) => (
                      <td key={k} className="px-2 py-1 text-right tabular-nums">
                        {counts[k]}
                      </td>
                    ))}
                    <td className="px-2 py-1 text-right tabular-nums" data-region-contacts={region}>
                      <Link href={`/contacts?region=${region}&from=${periodStart}&to=${asOf.date}`} className="underline-offset-2 hover:underline">
                        {regionContacts[region]}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
        <section aria-labelledby="stalled-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="stalled-heading" className="mb-2 font-semibold">
            {t("stalledHeading")} <span className="font-normal text-slate-600">({stalled.length})</span>
          </h2>
          <p className="mb-2 text-xs text-slate-600">{t("stalledText")}</p>
          <p className="text-sm">
            <Link href={`/states?stalled=1${asOf.isToday ? "" : `&asOf=${asOf.date}`}`} className="underline">
              {t("seeStalled")}
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="recent-heading" className="mt-6 rounded border border-slate-200 bg-white">
        <h2 id="recent-heading" className="border-b border-slate-200 px-4 py-2 font-semibold">
          {t("recentHeading")}
        </h2>
        {data.recent.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">{t("nothingYet")}</p>
        ) : (
          <ol className="divide-y divide-slate-100 text-sm">
            {data.recent.map((r) => (
              <li key={r.id} className="flex flex-wrap gap-x-3 px-4 py-2">
                <span className="w-36 shrink-0 text-slate-600">
                  <LongDate value={r.at.slice(0, 10)} />
                </span>
                {r.state ? (
                  <Link href={`/states/${r.state.iso3}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                    {localStateName(r.state.iso3, r.state.name, locale)}
                  </Link>
                ) : null}
                <span>{actionText(r.action)}</span>
                <span className="text-slate-600">{r.user ?? t("imported")}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
