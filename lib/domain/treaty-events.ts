import type { IsoDate } from "./dates";
import { entryIntoForceFor, CCM_RULE, type TreatyRule } from "./entry-into-force";
import type { TreatyRecord } from "./status";

export type TreatyEventKind = "SIGNATURE" | "DEPOSIT" | "ENTRY_INTO_FORCE" | "WITHDRAWAL";

export interface TreatyEvent<S> {
  kind: TreatyEventKind;
  date: IsoDate;
  subject: S;
}

/** Every dated treaty action in [from, to], newest first. */
export function treatyEventsBetween<S extends { record: TreatyRecord }>(
  subjects: readonly S[],
  from: IsoDate,
  to: IsoDate,
  rule: TreatyRule = CCM_RULE,
): TreatyEvent<S>[] {
  const events: TreatyEvent<S>[] = [];
  for (const subject of subjects) {
    const { record } = subject;
    const eif = entryIntoForceFor(record.deposited, record.entryIntoForce, rule);
    const dated: [TreatyEventKind, IsoDate | null][] = [
      ["SIGNATURE", record.signed],
      ["DEPOSIT", record.deposited],
      ["ENTRY_INTO_FORCE", eif?.date ?? null],
      ["WITHDRAWAL", record.withdrawalEffective],
    ];
    for (const [kind, date] of dated) {
      if (date && date >= from && date <= to) events.push({ kind, date, subject });
    }
  }
  return events.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
