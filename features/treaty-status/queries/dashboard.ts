import "server-only";
import { db } from "@/platform/db";
import { visibleAudit, visibleContactsSql, type Viewer } from "@/platform/auth/visibility";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { REGIONS, type Region } from "@/lib/domain/reference-data";
import { monthlyStatusSeries, type SeriesPoint } from "@/lib/domain/series";
import { countStatuses, type StatusCounts, type TreatyRecord } from "@/lib/domain/status";
import { listPledges, type PledgeView } from "@/features/pledges/queries";
import { listStates, type StateListRow } from "./states";

export interface RecentActivity {
  id: string;
  at: string;
  action: string;
  user: string | null;
  state: { iso3: string; name: string } | null;
}

export interface Dashboard {
  asOf: IsoDate;
  rows: StateListRow[];
  counts: StatusCounts;
  series: SeriesPoint[];
  meetings: { id: string; name: string; startDate: IsoDate; endDate: IsoDate }[];
  byRegion: { region: Region; counts: StatusCounts }[];
  overdue: PledgeView[];
  overdueTotal: number;
  dueSoon: PledgeView[];
  dueSoonTotal: number;
  recent: RecentActivity[];
}

export const SERIES_START: IsoDate = "2008-12-01";

/** Contacts held with states of each region between two days (a contact counts once per region it reached). */
export async function contactsByRegion(viewer: Viewer, from: IsoDate, to: IsoDate): Promise<Record<Region, number>> {
  const rows = await db().$queryRaw<{ region: Region; contacts: number }[]>`
    SELECT s.region::text AS region, count(DISTINCT c.id)::int AS contacts
    FROM "ContactState" cs JOIN "Contact" c ON c.id = cs."contactId" JOIN "State" s ON s.iso3 = cs."stateIso3"
    WHERE c.status = 'DONE' AND c.date >= ${from}::date AND c.date <= ${to}::date AND ${visibleContactsSql(viewer)}
    GROUP BY s.region`;
  const counts = Object.fromEntries(REGIONS.map((r) => [r, 0])) as Record<Region, number>;
  for (const row of rows) counts[row.region] = row.contacts;
  return counts;
}

export async function getDashboard(asOf: IsoDate, today: IsoDate, viewer: Viewer): Promise<Dashboard> {
  const [states, meetings, overdue, dueSoon, recent] = await Promise.all([
    listStates({ asOf, viewer }),
    db().meeting.findMany({ orderBy: { startDate: "asc" }, select: { id: true, name: true, startDate: true, endDate: true } }),
    listPledges({ today, overdue: true }),
    listPledges({ today, dueWithinDays: 30 }),
    db().auditEvent.findMany({
      where: { AND: [{ stateIso3: { not: null } }, visibleAudit(viewer)] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, at: true, action: true, stateIso3: true, user: { select: { name: true } } },
    }),
  ]);
  const records: TreatyRecord[] = states.rows.map((s) => s.record);
  const names = new Map(states.rows.map((s) => [s.iso3, s.name]));
  return {
    asOf,
    rows: states.rows,
    counts: states.counts,
    series: monthlyStatusSeries(records, SERIES_START, today),
    meetings: meetings.map((m) => ({ id: m.id, name: m.name, startDate: toIsoDate(m.startDate), endDate: toIsoDate(m.endDate) })),
    byRegion: REGIONS.map((region) => ({
      region,
      counts: countStatuses(
        states.rows.filter((s) => s.region === region).map((s) => s.record),
        asOf,
      ),
    })),
    overdue: overdue.pledges.slice(0, 8),
    overdueTotal: overdue.total,
    dueSoon: dueSoon.pledges.slice(0, 8),
    dueSoonTotal: dueSoon.total,
    recent: recent.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      action: r.action,
      user: r.user?.name ?? null,
      state: r.stateIso3 ? { iso3: r.stateIso3, name: names.get(r.stateIso3) ?? r.stateIso3 } : null,
    })),
  };
}
