import { describe, expect, it } from "vitest";
import { buildReferenceStates, REGIONS, validateReferenceStates, type ReferenceState } from "@/lib/domain/reference-data";
import { entryIntoForceFor } from "@/lib/domain/entry-into-force";
import { isIsoDate } from "@/lib/domain/dates";
import { realState, realStates } from "./support/real-data";

describe("buildReferenceStates", () => {
  const statesCsv = [
    "iso3,name,signed,deposited,instrument,entry_into_force,withdrawal_effective,source",
    'TCD,Chad,2008-12-03,2013-03-26,ratification,2013-09-01,,"UNTC; EIF per Art. 17, computed"',
    "AND,Andorra,,2013-04-09,accession,,,UNTC (a)",
    "JPN,Japan,2008-12-03,2009-07-14,acceptance,2010-08-01,,UNTC (A)",
    "COD,Democratic Republic of the Congo,2009-03-18,,,,,UNTC",
    "DZA,Algeria,,,,,,none",
    "XXX,Nowhere,,,,,,none",
  ].join("\n");
  const regionsCsv = "iso3,region\nTCD,Africa\nAND,Europe\nJPN,Asia\nCOD,Africa\nDZA,Africa\n";
  const aliasesCsv = 'iso3,aliases\nCOD,"DR Congo| DRC |"\nTCD,Tchad\n';
  const states = buildReferenceStates(statesCsv, regionsCsv, aliasesCsv);
  const byIso = (iso3: string) => states.find((s) => s.iso3 === iso3)!;

  it("returns one record per state row, in file order", () => {
    expect(states.map((s) => s.iso3)).toEqual(["TCD", "AND", "JPN", "COD", "DZA", "XXX"]);
  });

  it("joins region, aliases and treaty fields", () => {
    expect(byIso("TCD")).toEqual({
      iso3: "TCD",
      name: "Chad",
      region: "Africa",
      aliases: ["Tchad"],
      signed: "2008-12-03",
      deposited: "2013-03-26",
      instrument: "RATIFICATION",
      entryIntoForce: "2013-09-01",
      withdrawalEffective: null,
      source: "UNTC; EIF per Art. 17, computed",
    });
  });

  it("turns empty cells into null", () => {
    expect(byIso("AND")).toMatchObject({ signed: null, entryIntoForce: null, withdrawalEffective: null, instrument: "ACCESSION" });
    expect(byIso("DZA")).toMatchObject({ signed: null, deposited: null, instrument: null, entryIntoForce: null, withdrawalEffective: null });
  });

  it("maps instrument words to instrument kinds", () => {
    expect(byIso("JPN").instrument).toBe("ACCEPTANCE");
    expect(byIso("COD").instrument).toBeNull();
  });

  it("splits aliases on |, trimming and dropping empties; no alias row gives []", () => {
    expect(byIso("COD").aliases).toEqual(["DR Congo", "DRC"]);
    expect(byIso("AND").aliases).toEqual([]);
  });

  it("leaves the region unset when the regions table lacks the state (validation then reports it)", () => {
    expect(byIso("XXX").region).toBeUndefined();
    expect(validateReferenceStates(states)).toEqual([{ iso3: "XXX", message: 'has no known region ("")' }]);
  });
});

describe("the real seed data (prisma/data)", () => {
  const states = realStates();

  it("has 197 states with unique ISO3 codes", () => {
    expect(states).toHaveLength(197);
    expect(new Set(states.map((s) => s.iso3)).size).toBe(197);
    for (const s of states) expect(s.iso3).toMatch(/^[A-Z]{3}$/);
  });

  it("gives every state a known region", () => {
    for (const s of states) expect(REGIONS, `${s.iso3} region`).toContain(s.region);
  });

  it("passes every consistency rule", () => {
    expect(validateReferenceStates(states)).toEqual([]);
  });

  it("has dates that are real days and stated entry-into-force dates that all follow Article 17", () => {
    for (const s of states) {
      for (const value of [s.signed, s.deposited, s.entryIntoForce, s.withdrawalEffective]) {
        if (value !== null) expect(isIsoDate(value), `${s.iso3} ${value}`).toBe(true);
      }
      if (s.deposited) {
        const eif = entryIntoForceFor(s.deposited, s.entryIntoForce);
        expect(eif?.disagreesWithRule, s.iso3).toBeUndefined();
      }
    }
  });

  it("has 108 signatories and 113 depositors", () => {
    expect(states.filter((s) => s.signed).length).toBe(108);
    expect(states.filter((s) => s.deposited).length).toBe(113);
  });

  it("has Lithuania as the only withdrawal", () => {
    expect(states.filter((s) => s.withdrawalEffective).map((s) => s.iso3)).toEqual(["LTU"]);
  });

  it("records Chad as signed 2008-12-03, ratified 2013-03-26, in force 2013-09-01", () => {
    expect(realState("TCD")).toMatchObject({
      name: "Chad",
      region: "Africa",
      signed: "2008-12-03",
      deposited: "2013-03-26",
      instrument: "RATIFICATION",
      entryIntoForce: "2013-09-01",
    });
  });

  it("reads the aliases table", () => {
    expect(realState("COD").aliases).toContain("DR Congo");
    expect(realState("LAO").aliases).toEqual(["Lao PDR", "Laos", "Lao"]);
    expect(realState("CIV").name).toBe("Côte d'Ivoire");
  });
});

describe("validateReferenceStates", () => {
  const valid = (fields: Partial<ReferenceState> = {}): ReferenceState => ({
    iso3: "TCD",
    name: "Chad",
    region: "Africa",
    aliases: [],
    signed: "2008-12-03",
    deposited: "2013-03-26",
    instrument: "RATIFICATION",
    entryIntoForce: "2013-09-01",
    withdrawalEffective: null,
    source: "test",
    ...fields,
  });

  /** The problems reported for a single bad row. */
  const problemsFor = (fields: Partial<ReferenceState>) => validateReferenceStates([valid(fields)]);

  it("accepts valid rows of every shape", () => {
    const rows = [
      valid(),
      valid({
        iso3: "AND",
        name: "Andorra",
        region: "Europe",
        signed: null,
        deposited: "2013-04-09",
        instrument: "ACCESSION",
        entryIntoForce: "2013-10-01",
      }),
      valid({ iso3: "AAA", signed: null, deposited: "2013-04-09", instrument: "ACCESSION", entryIntoForce: null }),
      valid({ iso3: "JPN", name: "Japan", region: "Asia", deposited: "2009-07-14", instrument: "ACCEPTANCE", entryIntoForce: "2010-08-01" }),
      valid({ iso3: "COD", deposited: null, instrument: null, entryIntoForce: null }),
      valid({ iso3: "DZA", signed: null, deposited: null, instrument: null, entryIntoForce: null }),
      valid({ iso3: "LTU", deposited: "2011-03-24", entryIntoForce: "2011-09-01", withdrawalEffective: "2025-03-06" }),
      valid({ iso3: "BBB", signed: "2010-07-31", deposited: "2010-07-31", entryIntoForce: "2011-01-01" }), // last possible signature day
    ];
    expect(validateReferenceStates(rows)).toEqual([]);
  });

  // Rows that break exactly one rule. The wording of these messages is for coordinators and may change,
  // so each is checked by a keyword; that only this one problem is reported pins down which rule fired.
  it.each<[string, Partial<ReferenceState>, RegExp]>([
    [
      "signature on the day the Convention entered into force",
      { signed: "2010-08-01", deposited: "2011-01-10", entryIntoForce: "2011-07-01" },
      /sign/i,
    ],
    ["signature after 1 August 2010", { signed: "2011-05-01", deposited: "2011-06-10", entryIntoForce: "2011-12-01" }, /sign/i],
    ["deposit before signature", { signed: "2009-05-01", deposited: "2009-04-30", entryIntoForce: "2010-08-01" }, /deposit/i],
    ["accession by a signatory", { instrument: "ACCESSION" }, /acce/i],
    ["ratification without signature", { signed: null }, /sign/i],
    ["acceptance without signature", { signed: null, instrument: "ACCEPTANCE" }, /sign/i],
    ["instrument without deposit", { deposited: null, entryIntoForce: null }, /deposit/i],
    ["deposit without instrument", { instrument: null }, /instrument/i],
    ["entry into force without deposit", { deposited: null, instrument: null }, /deposit/i],
    [
      "stated EIF disagreeing with Article 17",
      { entryIntoForce: "2013-10-01" },
      /entry into force 2013-10-01 disagrees with Article 17 \(2013-09-01\)/,
    ],
    [
      "pre-Convention deposit with EIF six months later instead of 2010-08-01",
      { deposited: "2009-01-15", entryIntoForce: "2009-07-01" },
      /disagrees with Article 17 \(2010-08-01\)/,
    ],
    ["unknown region", { region: "Antarctica" as ReferenceState["region"] }, /has no known region \("Antarctica"\)/],
    ["missing region", { region: undefined as unknown as ReferenceState["region"] }, /has no known region/],
    ["lower-case ISO3", { iso3: "tcd" }, /"tcd" is not an ISO 3166-1 alpha-3 code/],
    ["two-letter code", { iso3: "TD" }, /"TD" is not an ISO 3166-1 alpha-3 code/],
    ["missing name", { name: "" }, /has no name/],
    ["unknown instrument", { instrument: "SUCCESSION" as ReferenceState["instrument"] }, /unknown instrument "SUCCESSION"/],
    ["withdrawal without deposit", { deposited: null, instrument: null, entryIntoForce: null, withdrawalEffective: "2025-03-06" }, /withdr/i],
    ["withdrawal before the stated entry into force", { withdrawalEffective: "2013-08-01" }, /withdr/i],
    ["withdrawal on the entry-into-force day", { withdrawalEffective: "2013-09-01" }, /withdr/i],
    ["withdrawal before the derived entry into force", { entryIntoForce: null, withdrawalEffective: "2013-08-01" }, /withdr/i],
  ])("reports %s, and only that", (_label, fields, message) => {
    const problems = problemsFor(fields);
    expect(problems).toHaveLength(1);
    expect(problems[0].iso3).toBe(fields.iso3 ?? "TCD");
    expect(problems[0].message).toMatch(message);
  });

  it.each<[string, Partial<ReferenceState>, string]>([
    ["impossible deposit date 2013-02-30", { deposited: "2013-02-30" }, 'deposited "2013-02-30" is not a date (YYYY-MM-DD)'],
    ["unpadded signature date", { signed: "2008-12-3" }, 'signed "2008-12-3" is not a date (YYYY-MM-DD)'],
    ["words for the entry into force", { entryIntoForce: "1 September 2013" }, 'entry_into_force "1 September 2013" is not a date (YYYY-MM-DD)'],
    ["impossible withdrawal date", { withdrawalEffective: "2025-02-30" }, 'withdrawal_effective "2025-02-30" is not a date (YYYY-MM-DD)'],
  ])("reports a bad date string: %s", (_label, fields, message) => {
    const problems = problemsFor(fields);
    expect(problems).toContainEqual({ iso3: "TCD", message });
  });

  it("reports a duplicate ISO3 once, against the second row", () => {
    const problems = validateReferenceStates([valid(), valid({ name: "Chad again" })]);
    expect(problems).toEqual([{ iso3: "TCD", message: "appears twice" }]);
  });

  it("reports a stated entry into force that disagrees with Article 17 with both dates", () => {
    expect(problemsFor({ entryIntoForce: "2013-10-01" })).toEqual([
      { iso3: "TCD", message: "entry into force 2013-10-01 disagrees with Article 17 (2013-09-01)" },
    ]);
  });

  it("reports every problem of every row", () => {
    const problems = validateReferenceStates([
      valid({ iso3: "AAA", signed: null }),
      valid({ iso3: "BBB" }),
      valid({ iso3: "CCC", deposited: "2013-02-30", entryIntoForce: "2013-08-01", region: "Atlantis" as ReferenceState["region"] }),
    ]);
    expect(problems.map((p) => p.iso3)).toEqual(["AAA", "CCC", "CCC"]);
  });

  it("checks signatures against the rule it is given", () => {
    const rule = { entryIntoForce: "2012-01-01", monthsAfterDeposit: 6 };
    const row = valid({ signed: "2011-05-01", deposited: "2011-06-10", entryIntoForce: "2012-01-01" });
    expect(validateReferenceStates([row], rule)).toEqual([]);
    expect(validateReferenceStates([row]).length).toBeGreaterThan(0);
  });
});
