import "server-only";
import type { Region } from "@prisma/client";
import { db } from "@/lib/db";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { entryIntoForceFor, CCM_RULE, type EntryIntoForce } from "@/lib/domain/entry-into-force";
import { countStatuses, statusOn, type StatusCounts, type StatusKind, type TreatyRecord } from "@/lib/domain/status";
import { matchesStateQuery } from "@/lib/domain/state-search";

const TREATY_CODE = "CCM";

export interface StateWithStatus {
  iso3: string;
  name: string;
  region: Region;
  aliases: string[];
  record: TreatyRecord;
  status: StatusKind;
  entryIntoForce: EntryIntoForce | null;
  sourceNote: string;
}

const day = (value: Date | null): IsoDate | null => (value ? toIsoDate(value) : null);

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
      sourceNote: true,
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
    sourceNote: string;
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
    sourceNote: s?.sourceNote ?? "",
  };
}

export interface StateListFilter {
  asOf: IsoDate;
  region?: Region;
  status?: StatusKind;
  q?: string;
}

export interface StateList {
  rows: StateWithStatus[];
  /** Counts over the states matching region and search, before the status filter. */
  counts: StatusCounts;
  total: number;
}

/** All states with their status on `asOf`: one query, whatever the number of states. */
export async function listStates(filter: StateListFilter): Promise<StateList> {
  const rows = await db().state.findMany({
    where: filter.region ? { region: filter.region } : undefined,
    select: stateSelect,
  });
  const inScope = rows
    .filter((row) => !filter.q || matchesStateQuery(row, filter.q))
    .map((row) => withStatus(row, filter.asOf))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const counts = countStatuses(
    inScope.map((s) => s.record),
    filter.asOf,
    CCM_RULE,
  );
  const visible = filter.status ? inScope.filter((s) => s.status === filter.status) : inScope;
  return { rows: visible, counts, total: rows.length };
}

export async function getState(iso3: string, asOf: IsoDate): Promise<StateWithStatus | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const row = await db().state.findUnique({ where: { iso3: iso3.toUpperCase() }, select: stateSelect });
  return row ? withStatus(row, asOf) : null;
}
