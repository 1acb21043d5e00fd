import { parseCsvRecords } from "./csv";
import { isIsoDate, type IsoDate } from "./dates";
import { CCM_RULE, type TreatyRule } from "./entry-into-force";
import { entryIntoForceDisagreement, treatyRecordProblems } from "./treaty-record-rules";
import type { Instrument, TreatyRecord } from "./status";

export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type Region = (typeof REGIONS)[number];

export interface ReferenceState extends TreatyRecord {
  iso3: string;
  name: string;
  region: Region;
  aliases: string[];
  source: string;
}

export interface ReferenceProblem {
  iso3: string;
  message: string;
}

const INSTRUMENTS: Record<string, Instrument> = {
  ratification: "RATIFICATION",
  accession: "ACCESSION",
  acceptance: "ACCEPTANCE",
  approval: "APPROVAL",
};

function optionalDate(value: string): IsoDate | null {
  return value === "" ? null : value;
}

/** Joins the status, region and alias tables into one record per state. */
export function buildReferenceStates(statesCsv: string, regionsCsv: string, aliasesCsv: string): ReferenceState[] {
  const regions = new Map(parseCsvRecords(regionsCsv).map((r) => [r.iso3, r.region as Region]));
  const aliases = new Map(
    parseCsvRecords(aliasesCsv).map((r) => [
      r.iso3,
      r.aliases
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean),
    ]),
  );
  return parseCsvRecords(statesCsv).map((row) => ({
    iso3: row.iso3,
    name: row.name,
    region: regions.get(row.iso3) as Region,
    aliases: aliases.get(row.iso3) ?? [],
    signed: optionalDate(row.signed),
    deposited: optionalDate(row.deposited),
    instrument: row.instrument ? (INSTRUMENTS[row.instrument] ?? (row.instrument as Instrument)) : null,
    entryIntoForce: optionalDate(row.entry_into_force),
    withdrawalEffective: optionalDate(row.withdrawal_effective),
    source: row.source,
  }));
}

/**
 * Every consistency rule a treaty record must satisfy; the seed refuses data that breaks one.
 * A signature is only possible before the treaty entered into force (afterwards states accede).
 */
export function validateReferenceStates(states: ReferenceState[], rule: TreatyRule = CCM_RULE): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const seen = new Set<string>();
  for (const s of states) {
    const report = (message: string) => problems.push({ iso3: s.iso3, message });
    if (!/^[A-Z]{3}$/.test(s.iso3)) report(`"${s.iso3}" is not an ISO 3166-1 alpha-3 code`);
    if (seen.has(s.iso3)) report("appears twice");
    seen.add(s.iso3);
    if (!s.name) report("has no name");
    if (!REGIONS.includes(s.region)) report(`has no known region ("${s.region ?? ""}")`);
    for (const [field, value] of [
      ["signed", s.signed],
      ["deposited", s.deposited],
      ["entry_into_force", s.entryIntoForce],
      ["withdrawal_effective", s.withdrawalEffective],
    ] as const) {
      if (value !== null && !isIsoDate(value)) report(`${field} "${value}" is not a date (YYYY-MM-DD)`);
    }
    if (s.instrument && !Object.values(INSTRUMENTS).includes(s.instrument)) report(`unknown instrument "${s.instrument}"`);
    for (const problem of treatyRecordProblems(s, rule)) report(`${problem.field}: ${problem.message}`);
    const disagreement = entryIntoForceDisagreement(s, rule);
    if (disagreement) report(`entry into force ${s.entryIntoForce} disagrees with Article 17 (${disagreement})`);
  }
  return problems;
}
