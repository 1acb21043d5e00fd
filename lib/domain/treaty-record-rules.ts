import { formatLongDate, type IsoDate } from "./dates";
import { derivedEntryIntoForce, CCM_RULE, type TreatyRule } from "./entry-into-force";
import type { TreatyRecord } from "./status";

export type TreatyRecordField = "signed" | "deposited" | "instrument" | "entryIntoForce" | "withdrawalEffective";

export interface RecordProblem {
  field: TreatyRecordField;
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
    add("signed", `No signature is possible from ${formatLongDate(rule.entryIntoForce)}, when the Convention entered into force: a state joins by accession.`);
  }
  if (deposited && !instrument) add("instrument", "Choose the type of instrument deposited.");
  if (!deposited && instrument) add("deposited", "An instrument type needs a deposit date.");
  if (signed && deposited && deposited < signed) add("deposited", "The deposit cannot be earlier than the signature.");
  if (signed && instrument === "ACCESSION") add("instrument", "A signatory ratifies (or accepts or approves); accession is for states that did not sign.");
  if (!signed && instrument && instrument !== "ACCESSION") {
    add("instrument", "A state that did not sign joins by accession.");
  }
  if (entryIntoForce && !deposited) add("entryIntoForce", "An entry into force needs a deposit date.");
  if (entryIntoForce && deposited && entryIntoForce < deposited) add("entryIntoForce", "Entry into force cannot be earlier than the deposit.");
  if (withdrawalEffective && !deposited) add("withdrawalEffective", "Only a state that deposited an instrument can withdraw.");
  if (withdrawalEffective && deposited) {
    const inForce = entryIntoForce ?? derivedEntryIntoForce(deposited, rule);
    if (withdrawalEffective <= inForce) add("withdrawalEffective", "A withdrawal takes effect after the Convention entered into force for the state.");
  }
  return problems;
}

/** A stated entry-into-force date that differs from Article 17's. */
export function entryIntoForceDisagreement(record: TreatyRecord, rule: TreatyRule = CCM_RULE): IsoDate | null {
  if (!record.deposited || !record.entryIntoForce) return null;
  const derived = derivedEntryIntoForce(record.deposited, rule);
  return derived === record.entryIntoForce ? null : derived;
}
