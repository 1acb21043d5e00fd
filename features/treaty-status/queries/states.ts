import "server-only";
import type { Region } from "@prisma/client";
import { db } from "@/platform/db";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { entryIntoForceFor, CCM_RULE, type EntryIntoForce } from "@/lib/domain/entry-into-force";
import { countStatuses, statusOn, type StatusCounts, type StatusKind, type TreatyRecord } from "@/lib/domain/status";
import { matchesStateQuery } from "@/lib/domain/state-search";
import { otherLanguageNames } from "@/lib/domain/state-names";
import { canStall, deriveStage, isStalled, type Stage, type StepLike } from "@/lib/domain/domestic-path";
import { compareByNoContact, daysSinceContact, type NoContactSort } from "@/lib/domain/contacts";
import type { Viewer } from "@/platform/auth/visibility";
import { activityAuditSql } from "./activity";
import { lastContactByState } from "@/features/contacts/queries";
import { stalledAfterMonths } from "@/features/users/queries/settings";

const TREATY_CODE = "CCM";

export interface StateWithStatus {
  iso3: string;
  name: string;
  region: Region;
  aliases: string[];
  record: TreatyRecord;
  status: StatusKind;
  entryIntoForce: EntryIntoForce | null;
  entryIntoForceNote: string;
  sourceNote: string;
  version: number;
}

const day = (value: Date | null): IsoDate | null => (value ? toIsoDate(value) : null);
const dayAfter = (date: IsoDate) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

const stateSelect = {
  iso3: true,
  name: true,
  region: true,
  aliases: true,
  statuses: {
    where: { treaty: { code: TREATY_CODE } },
    select: {
      signed: true,
      deposited: true,
      instrument: true,
      entryIntoForce: true,
      withdrawalEffective: true,
      entryIntoForceNote: true,
      sourceNote: true,
      version: true,
    },
  },
} as const;

type StateRowFromDb = {
  iso3: string;
  name: string;
  region: Region;
  aliases: string[];
  statuses: {
    signed: Date | null;
    deposited: Date | null;
    instrument: TreatyRecord["instrument"];
    entryIntoForce: Date | null;
    withdrawalEffective: Date | null;
    entryIntoForceNote: string;
    sourceNote: string;
    version: number;
  }[];
};

function withStatus(row: StateRowFromDb, asOf: IsoDate): StateWithStatus {
  const s = row.statuses[0];
  const record: TreatyRecord = {
    signed: day(s?.signed ?? null),
    deposited: day(s?.deposited ?? null),
    instrument: s?.instrument ?? null,
    entryIntoForce: day(s?.entryIntoForce ?? null),
    withdrawalEffective: day(s?.withdrawalEffective ?? null),
  };
  return {
    iso3: row.iso3,
    name: row.name,
    region: row.region,
    aliases: row.aliases,
    record,
    status: statusOn(record, asOf, CCM_RULE),
    entryIntoForce: entryIntoForceFor(record.deposited, record.entryIntoForce, CCM_RULE),
    entryIntoForceNote: s?.entryIntoForceNote ?? "",
    sourceNote: s?.sourceNote ?? "",
    version: s?.version ?? 1,
  };
}

export interface StateListFilter {
  asOf: IsoDate;
  /** Last activity and last contact count only what this user may see. */
  viewer: Viewer;
  /** By name (the default), or by days since the last contact. */
  sort?: NoContactSort;
  region?: Region;
  status?: StatusKind;
  q?: string;
  stalledOnly?: boolean;
}

export interface StateListRow extends StateWithStatus {
  stage: Stage;
  /** The latest recorded change concerning the state (steps, dates, notes), as an ISO timestamp. */
  lastActivity: string | null;
  stalled: boolean;
  /** The last contact that had happened by the "as of" date, and the days from it to that date. */
  lastContact: IsoDate | null;
  daysSinceContact: number | null;
}

export interface StateList {
  rows: StateListRow[];
  stalledAfterMonths: number;
  /** Counts over the states matching region and search, before the status filter. */
  counts: StatusCounts;
  total: number;
}

/**
 * The latest change concerning each state up to the end of the "as of" day (a view of the past does not show what
 * happened later), as the viewer may see it; changes concerning several states (a contact with a regional
 * workshop's participants) count for each. Two indexed look-ups per state instead of reading the audit log.
 */
async function lastActivityOf(viewer: Viewer, asOf: IsoDate): Promise<Map<string, string>> {
  const until = dayAfter(asOf);
  const rows = await db().$queryRaw<{ iso3: string; last: string | null }[]>`
    SELECT s.iso3, to_char(greatest(
      (SELECT max(a.at) FROM "AuditEvent" a WHERE a."stateIso3" = s.iso3 AND a.at < ${until} AND ${activityAuditSql(viewer)}),
      (SELECT max(a.at) FROM "AuditEvent" a WHERE a."extraIso3" @> ARRAY[s.iso3]::varchar(3)[] AND a.at < ${until} AND ${activityAuditSql(viewer)})
    ), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last
    FROM "State" s`;
  return new Map(rows.filter((r) => r.last).map((r) => [r.iso3, r.last as string]));
}

/** All states with their status on `asOf`, stage, last activity and last contact: a fixed number of queries. */
export async function listStates(filter: StateListFilter): Promise<StateList> {
  const where = filter.region ? { region: filter.region } : undefined;
  const [rows, steps, lastActivityByState, lastContacts, months] = await Promise.all([
    db().state.findMany({ where, select: stateSelect }),
    db().domesticStep.findMany({
      where: { state: where, treaty: { code: TREATY_CODE } },
      select: { id: true, stateIso3: true, path: true, position: true, title: true, status: true },
    }),
    lastActivityOf(filter.viewer, filter.asOf),
    lastContactByState(filter.viewer, filter.asOf),
    stalledAfterMonths(),
  ]);
  const stepsByState = new Map<string, StepLike[]>();
  for (const step of steps) {
    const list = stepsByState.get(step.stateIso3) ?? [];
    list.push(step);
    stepsByState.set(step.stateIso3, list);
  }
  const inScope: StateListRow[] = rows
    // A French or Spanish reader searches by the name they see: the other languages' names count too.
    .filter((row) => !filter.q || matchesStateQuery({ ...row, aliases: [...row.aliases, ...otherLanguageNames(row.iso3)] }, filter.q))
    .map((row) => {
      const state = withStatus(row, filter.asOf);
      const lastActivity = lastActivityByState.get(row.iso3) ?? null;
      const lastContact = lastContacts.get(row.iso3) ?? null;
      return {
        ...state,
        stage: deriveStage(state.status, stepsByState.get(row.iso3) ?? []),
        lastActivity,
        stalled: canStall(state.status) && isStalled(lastActivity, filter.asOf, months),
        lastContact,
        daysSinceContact: daysSinceContact(lastContact, filter.asOf),
      };
    })
    .sort(filter.sort ? compareByNoContact(filter.sort) : (a, b) => a.name.localeCompare(b.name, "en"));
  const counts = countStatuses(
    inScope.map((s) => s.record),
    filter.asOf,
    CCM_RULE,
  );
  const visible = inScope.filter((s) => (!filter.status || s.status === filter.status) && (!filter.stalledOnly || s.stalled));
  return { rows: visible, counts, total: rows.length, stalledAfterMonths: months };
}

export async function getState(iso3: string, asOf: IsoDate): Promise<StateWithStatus | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const row = await db().state.findUnique({ where: { iso3: iso3.toUpperCase() }, select: stateSelect });
  return row ? withStatus(row, asOf) : null;
}

/** Every state with its status on `asOf`, by name, as in the list: one query, without the list's activity look-ups. */
export async function statesWithStatus(asOf: IsoDate): Promise<StateWithStatus[]> {
  const rows = await db().state.findMany({ select: stateSelect });
  return rows.map((row) => withStatus(row, asOf)).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** Codes and names of all states, by name (for pickers and filters). */
export async function stateOptions(): Promise<{ iso3: string; name: string }[]> {
  return db().state.findMany({ orderBy: { name: "asc" }, select: { iso3: true, name: true } });
}
