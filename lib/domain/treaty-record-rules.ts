import type { IsoDate } from "./dates";
import { zodMessage } from "./message";
import { derivedEntryIntoForce, CCM_RULE, type TreatyRule } from "./entry-into-force";
import type { TreatyRecord } from "./status";

export type TreatyRecordField = "signed" | "deposited" | "instrument" | "entryIntoForce" | "withdrawalEffective";

export interface RecordProblem {
  field: TreatyRecordField;
  /** A message key, or a key with values as zodMessage writes it. */
  message: string;
}

/**
 * The rules every treaty record obeys, with messages a coordinator can act on. Used both to validate the
 * reference data before seeding and to validate a coordinator's edit.
 * `entryIntoForce` here is a stated date or override; when it is null the rule's date applies.
 */
export function treatyRecordProblems(record: TreatyRecord, rule: TreatyRule = CCM_RULE): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const add = (field: TreatyRecordField, message: string) => problems.push({ field, message });
  const { signed, deposited, instrument, entryIntoForce, withdrawalEffective } = record;

  if (signed && signed >= rule.entryIntoForce) {
    add("signed", zodMessage("treatyMutations.noSignaturePossibleFromLongdate", { longDate: { date: rule.entryIntoForce } }));
  }
  if (deposited && !instrument) add("instrument", "treatyMutations.chooseTypeInstrumentDeposited");
  if (!deposited && instrument) add("deposited", "treatyMutations.instrumentTypeNeedsDepositDate");
  if (signed && deposited && deposited < signed) add("deposited", "treatyMutations.depositCannotEarlierThanSignature");
  if (signed && instrument === "ACCESSION") add("instrument", "treatyMutations.signatoryRatifiesAcceptsApprovesAccession");
  if (!signed && instrument && instrument !== "ACCESSION") {
    add("instrument", "treatyMutations.stateDidNotSignJoins");
  }
  if (entryIntoForce && !deposited) add("entryIntoForce", "treatyMutations.entryIntoForceNeedsDeposit");
  if (entryIntoForce && deposited && entryIntoForce < deposited) add("entryIntoForce", "treatyMutations.entryIntoForceCannotEarlier");
  if (withdrawalEffective && !deposited) add("withdrawalEffective", "treatyMutations.onlyStateDepositedInstrumentCan");
  if (withdrawalEffective && deposited) {
    const inForce = entryIntoForce ?? derivedEntryIntoForce(deposited, rule);
    if (withdrawalEffective <= inForce) add("withdrawalEffective", "treatyMutations.withdrawalTakesEffectAfterConvention");
  }
  return problems;
}

/** A stated entry-into-force date that differs from Article 17's. */
export function entryIntoForceDisagreement(record: TreatyRecord, rule: TreatyRule = CCM_RULE): IsoDate | null {
  if (!record.deposited || !record.entryIntoForce) return null;
  const derived = derivedEntryIntoForce(record.deposited, rule);
  return derived === record.entryIntoForce ? null : derived;
}
