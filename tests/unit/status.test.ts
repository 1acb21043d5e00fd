import { describe, expect, it } from "vitest";
import type { TreatyRule } from "@/lib/domain/entry-into-force";
import { countStatuses, STATUS_KINDS, statusOn, type TreatyRecord } from "@/lib/domain/status";
import { realState, realStates } from "./support/real-data";

const record = (fields: Partial<TreatyRecord>): TreatyRecord => ({
  signed: null,
  deposited: null,
  instrument: null,
  entryIntoForce: null,
  withdrawalEffective: null,
  ...fields,
});

/** Chad: signed 3 December 2008, ratified 26 March 2013, in force 1 September 2013. */
const chad = record({ signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION", entryIntoForce: "2013-09-01" });

describe("statusOn", () => {
  it("walks a signatory through every stage, with the boundary days", () => {
    expect(statusOn(chad, "2008-12-02")).toBe("NOT_PARTY");
    expect(statusOn(chad, "2008-12-03")).toBe("SIGNATORY"); // signature day itself
    expect(statusOn(chad, "2013-03-25")).toBe("SIGNATORY");
    expect(statusOn(chad, "2013-03-26")).toBe("PENDING"); // deposit day itself
    expect(statusOn(chad, "2013-08-31")).toBe("PENDING");
    expect(statusOn(chad, "2013-09-01")).toBe("STATE_PARTY"); // entry-into-force day itself
    expect(statusOn(chad, "2030-01-01")).toBe("STATE_PARTY");
  });

  it("derives the entry into force when none is stated", () => {
    const derived = record({ signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION" });
    expect(statusOn(derived, "2013-08-31")).toBe("PENDING");
    expect(statusOn(derived, "2013-09-01")).toBe("STATE_PARTY");
  });

  it("uses a stated entry into force even when it disagrees with the rule", () => {
    const late = record({ signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION", entryIntoForce: "2013-10-01" });
    expect(statusOn(late, "2013-09-01")).toBe("PENDING");
    expect(statusOn(late, "2013-09-30")).toBe("PENDING");
    expect(statusOn(late, "2013-10-01")).toBe("STATE_PARTY");
  });

  it("treats an early depositor as pending until the Convention itself entered into force", () => {
    const norway = record({ signed: "2008-12-03", deposited: "2008-12-03", instrument: "RATIFICATION" });
    expect(statusOn(norway, "2008-12-02")).toBe("NOT_PARTY");
    expect(statusOn(norway, "2008-12-03")).toBe("PENDING");
    expect(statusOn(norway, "2010-07-31")).toBe("PENDING");
    expect(statusOn(norway, "2010-08-01")).toBe("STATE_PARTY");
  });

  it("moves an acceding state from not party straight to pending", () => {
    const andorra = record({ deposited: "2013-04-09", instrument: "ACCESSION", entryIntoForce: "2013-10-01" });
    expect(statusOn(andorra, "2013-04-08")).toBe("NOT_PARTY");
    expect(statusOn(andorra, "2013-04-09")).toBe("PENDING");
    expect(statusOn(andorra, "2013-09-30")).toBe("PENDING");
    expect(statusOn(andorra, "2013-10-01")).toBe("STATE_PARTY");
  });

  it("keeps a signatory that never ratified a signatory", () => {
    const signatory = record({ signed: "2009-03-18" });
    expect(statusOn(signatory, "2009-03-17")).toBe("NOT_PARTY");
    expect(statusOn(signatory, "2009-03-18")).toBe("SIGNATORY");
    expect(statusOn(signatory, "2040-01-01")).toBe("SIGNATORY");
  });

  it("is NOT_PARTY for a state with no treaty action", () => {
    expect(statusOn(record({}), "2025-01-01")).toBe("NOT_PARTY");
  });

  it("ignores a stated entry into force without a deposit", () => {
    expect(statusOn(record({ entryIntoForce: "2012-01-01" }), "2013-01-01")).toBe("NOT_PARTY");
    expect(statusOn(record({ signed: "2009-01-01", entryIntoForce: "2012-01-01" }), "2013-01-01")).toBe("SIGNATORY");
  });

  it("is WITHDRAWN from the day the withdrawal takes effect", () => {
    const withdrawn = record({
      signed: "2008-12-03",
      deposited: "2011-03-24",
      instrument: "RATIFICATION",
      entryIntoForce: "2011-09-01",
      withdrawalEffective: "2025-03-06",
    });
    expect(statusOn(withdrawn, "2025-03-05")).toBe("STATE_PARTY");
    expect(statusOn(withdrawn, "2025-03-06")).toBe("WITHDRAWN");
    expect(statusOn(withdrawn, "2026-01-01")).toBe("WITHDRAWN");
    // History before the withdrawal is unchanged.
    expect(statusOn(withdrawn, "2008-12-02")).toBe("NOT_PARTY");
    expect(statusOn(withdrawn, "2010-01-01")).toBe("SIGNATORY");
    expect(statusOn(withdrawn, "2011-03-24")).toBe("PENDING");
    expect(statusOn(withdrawn, "2011-09-01")).toBe("STATE_PARTY");
  });

  it("applies the rule it is given", () => {
    const rule: TreatyRule = { entryIntoForce: "1999-03-01", monthsAfterDeposit: 6 };
    const early = record({ signed: "1997-12-03", deposited: "1998-01-15", instrument: "RATIFICATION" });
    expect(statusOn(early, "1999-02-28", rule)).toBe("PENDING");
    expect(statusOn(early, "1999-03-01", rule)).toBe("STATE_PARTY");
  });

  describe("Lithuania (real data)", () => {
    const ltu = realState("LTU");

    it("has the recorded withdrawal", () => {
      expect(ltu.withdrawalEffective).toBe("2025-03-06");
    });

    it.each([
      ["2008-12-02", "NOT_PARTY"],
      ["2008-12-03", "SIGNATORY"],
      ["2011-03-23", "SIGNATORY"],
      ["2011-03-24", "PENDING"],
      ["2011-08-31", "PENDING"],
      ["2011-09-01", "STATE_PARTY"],
      ["2024-12-31", "STATE_PARTY"],
      ["2025-03-05", "STATE_PARTY"],
      ["2025-03-06", "WITHDRAWN"],
      ["2025-12-31", "WITHDRAWN"],
    ] as const)("on %s is %s", (on, expected) => {
      expect(statusOn(ltu, on)).toBe(expected);
    });
  });
});

describe("countStatuses", () => {
  it("counts each state once, under its status on the day", () => {
    const records = [
      chad, // PENDING on 2013-04-18
      record({ signed: "2008-12-03", deposited: "2009-06-16", instrument: "RATIFICATION" }), // STATE_PARTY
      record({ signed: "2008-12-03", deposited: "2010-02-16", instrument: "RATIFICATION" }), // STATE_PARTY
      record({ signed: "2009-03-18" }), // SIGNATORY
      record({}), // NOT_PARTY
      record({ signed: "2008-12-03", deposited: "2009-01-01", instrument: "RATIFICATION", withdrawalEffective: "2012-01-01" }), // WITHDRAWN
      record({ deposited: "2013-04-09", instrument: "ACCESSION" }), // PENDING
    ];
    expect(countStatuses(records, "2013-04-18")).toEqual({
      STATE_PARTY: 2,
      PENDING: 2,
      SIGNATORY: 1,
      NOT_PARTY: 1,
      WITHDRAWN: 1,
      byDeposit: 4,
    });
  });

  it("counts States Parties by deposit as in force plus pending, never the withdrawn", () => {
    const withdrawn = record({ signed: "2008-12-03", deposited: "2009-01-01", instrument: "RATIFICATION", withdrawalEffective: "2012-01-01" });
    expect(countStatuses([withdrawn], "2011-01-01").byDeposit).toBe(1);
    expect(countStatuses([withdrawn], "2012-01-01").byDeposit).toBe(0);
  });

  it("is all zeros for no records", () => {
    expect(countStatuses([], "2013-04-18")).toEqual({
      STATE_PARTY: 0,
      PENDING: 0,
      SIGNATORY: 0,
      NOT_PARTY: 0,
      WITHDRAWN: 0,
      byDeposit: 0,
    });
  });

  it("accepts any iterable", () => {
    function* gen() {
      yield chad;
      yield record({});
    }
    const counts = countStatuses(gen(), "2013-09-01");
    expect(counts.STATE_PARTY).toBe(1);
    expect(counts.NOT_PARTY).toBe(1);
  });

  describe("on the real data", () => {
    const states = realStates();

    it("on 18 April 2013: 77 in force, 4 pending, 31 signatories, 81 by deposit", () => {
      const counts = countStatuses(states, "2013-04-18");
      expect(counts).toMatchObject({ STATE_PARTY: 77, PENDING: 4, SIGNATORY: 31, WITHDRAWN: 0, byDeposit: 81 });
      expect(counts.NOT_PARTY).toBe(197 - 77 - 4 - 31);
    });

    it("the four pending on 18 April 2013 are exactly Nauru, Liechtenstein, Chad and Andorra", () => {
      const pending = states.filter((s) => statusOn(s, "2013-04-18") === "PENDING").map((s) => s.name);
      expect(pending.sort()).toEqual(["Andorra", "Chad", "Liechtenstein", "Nauru"]);
    });

    it("had no State Party the day before the Convention entered into force, and 30 on 1 August 2010", () => {
      const before = countStatuses(states, "2010-07-31");
      expect(before.STATE_PARTY).toBe(0);
      expect(before.byDeposit).toBe(38);
      const onEif = countStatuses(states, "2010-08-01");
      expect(onEif.STATE_PARTY).toBe(30);
      expect(onEif.byDeposit).toBe(38);
    });

    it("had 30 instruments deposited by 16 February 2010, the 30th deposit", () => {
      expect(countStatuses(states, "2010-02-15").byDeposit).toBeLessThan(30);
      expect(countStatuses(states, "2010-02-16").byDeposit).toBe(30);
    });

    it("counts Lithuania as withdrawn from 6 March 2025", () => {
      const before = countStatuses(states, "2025-03-05");
      const after = countStatuses(states, "2025-03-06");
      expect(before.WITHDRAWN).toBe(0);
      expect(after.WITHDRAWN).toBe(1);
      expect(after.STATE_PARTY).toBe(before.STATE_PARTY - 1);
      expect(after.byDeposit).toBe(before.byDeposit - 1);
    });

    it("always adds up to every state", () => {
      for (const on of ["2008-12-03", "2010-08-01", "2013-04-18", "2025-03-06"]) {
        const counts = countStatuses(states, on);
        const total = STATUS_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
        expect(total).toBe(197);
      }
    });
  });
});
