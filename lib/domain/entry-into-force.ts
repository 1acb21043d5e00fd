import { firstDayOfMonthAfter, maxIsoDate, type IsoDate } from "./dates";

/** The parts of a treaty that Article 17-style entry-into-force rules need. */
export interface TreatyRule {
  /** The day the treaty itself entered into force. */
  entryIntoForce: IsoDate;
  /** Months after the month of deposit (CCM Art. 17(2): "the first day of the sixth month"). */
  monthsAfterDeposit: number;
}

export const CCM_RULE: TreatyRule = { entryIntoForce: "2010-08-01", monthsAfterDeposit: 6 };

/**
 * CCM Article 17: instruments deposited up to the 30th (February 2010) took effect with the Convention
 * on 1 August 2010; a later deposit in month M takes effect on the first day of month M+6.
 * Both cases are "first day of the sixth month after deposit, but not before the treaty itself".
 */
export function derivedEntryIntoForce(deposited: IsoDate, rule: TreatyRule = CCM_RULE): IsoDate {
  return maxIsoDate(rule.entryIntoForce, firstDayOfMonthAfter(deposited, rule.monthsAfterDeposit));
}

export interface EntryIntoForce {
  date: IsoDate;
  /** "stated": a source gave the date; "derived": computed by the rule. */
  basis: "stated" | "derived";
  /** The rule's date, when a stated date disagrees with it. */
  disagreesWithRule?: IsoDate;
}

/** A stated date wins (the depositary may know better), but a disagreement is reported, never hidden. */
export function entryIntoForceFor(deposited: IsoDate | null, stated: IsoDate | null, rule: TreatyRule = CCM_RULE): EntryIntoForce | null {
  if (!deposited) return stated ? { date: stated, basis: "stated" } : null;
  const derived = derivedEntryIntoForce(deposited, rule);
  if (!stated) return { date: derived, basis: "derived" };
  return stated === derived ? { date: stated, basis: "stated" } : { date: stated, basis: "stated", disagreesWithRule: derived };
}
