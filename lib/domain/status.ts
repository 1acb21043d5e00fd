import { entryIntoForceFor, CCM_RULE, type TreatyRule } from "./entry-into-force";
import type { IsoDate } from "./dates";

export const STATUS_KINDS = ["STATE_PARTY", "PENDING", "SIGNATORY", "NOT_PARTY", "WITHDRAWN"] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

export type Instrument = "RATIFICATION" | "ACCESSION" | "ACCEPTANCE" | "APPROVAL";

export interface TreatyRecord {
  signed: IsoDate | null;
  deposited: IsoDate | null;
  instrument: Instrument | null;
  /** As stated by a source; derived by the rule when null. */
  entryIntoForce: IsoDate | null;
  withdrawalEffective: IsoDate | null;
}

/** A state's status under a treaty at the end of day `on`. */
export function statusOn(record: TreatyRecord, on: IsoDate, rule: TreatyRule = CCM_RULE): StatusKind {
  if (record.withdrawalEffective && record.withdrawalEffective <= on) return "WITHDRAWN";
  if (record.deposited && record.deposited <= on) {
    const eif = entryIntoForceFor(record.deposited, record.entryIntoForce, rule);
    return eif && eif.date <= on ? "STATE_PARTY" : "PENDING";
  }
  if (record.signed && record.signed <= on) return "SIGNATORY";
  return "NOT_PARTY";
}

export type StatusCounts = Record<StatusKind, number> & {
  /** States Parties counted as the Convention's secretariat and the Coalition do: by deposit. */
  byDeposit: number;
};

export function countStatuses(records: Iterable<TreatyRecord>, on: IsoDate, rule: TreatyRule = CCM_RULE): StatusCounts {
  const counts: StatusCounts = { STATE_PARTY: 0, PENDING: 0, SIGNATORY: 0, NOT_PARTY: 0, WITHDRAWN: 0, byDeposit: 0 };
  for (const record of records) counts[statusOn(record, on, rule)] += 1;
  counts.byDeposit = counts.STATE_PARTY + counts.PENDING;
  return counts;
}
