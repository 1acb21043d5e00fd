import { describe, expect, it } from "vitest";
import { entryIntoForceDisagreement, treatyRecordProblems, type TreatyRecordField } from "@/lib/domain/treaty-record-rules";
import { CCM_RULE, type TreatyRule } from "@/lib/domain/entry-into-force";
import type { TreatyRecord } from "@/lib/domain/status";
import { messageOfIssue, renderMessage } from "@/platform/i18n/render-message";

const record = (overrides: Partial<TreatyRecord> = {}): TreatyRecord => ({
  signed: null,
  deposited: null,
  instrument: null,
  entryIntoForce: null,
  withdrawalEffective: null,
  ...overrides,
});

/** Chad: signed at Oslo, ratified in 2013, in force from 1 September 2013 by Article 17(2). */
const CHAD = record({ signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION" });

const fields = (r: TreatyRecord, rule?: TreatyRule) => treatyRecordProblems(r, rule).map((p) => p.field);
const only = (r: TreatyRecord, field: TreatyRecordField) => {
  const problems = treatyRecordProblems(r);
  expect(problems.map((p) => p.field)).toEqual([field]);
  return renderMessage(messageOfIssue(problems[0].message, "custom"), "en");
};

describe("treatyRecordProblems", () => {
  describe("valid records", () => {
    it.each([
      ["Chad: signed, then ratified", CHAD],
      ["a state that neither signed nor joined", record()],
      ["a signatory that has not ratified", record({ signed: "2008-12-03" })],
      ["a signatory on the last day signature was possible", record({ signed: "2010-07-31" })],
      ["a state that deposited on the day it signed", record({ signed: "2008-12-03", deposited: "2008-12-03", instrument: "RATIFICATION" })],
      ["acceptance by a signatory", record({ signed: "2008-12-03", deposited: "2009-06-01", instrument: "ACCEPTANCE" })],
      ["approval by a signatory", record({ signed: "2008-12-03", deposited: "2009-06-01", instrument: "APPROVAL" })],
      ["accession by a state that did not sign", record({ deposited: "2011-03-24", instrument: "ACCESSION" })],
      ["a stated entry into force on the deposit day", record({ deposited: "2011-03-24", instrument: "ACCESSION", entryIntoForce: "2011-03-24" })],
      ["a stated entry into force after the deposit", record({ ...CHAD, entryIntoForce: "2013-09-01" })],
      ["a withdrawal the day after entry into force by the rule", record({ ...CHAD, withdrawalEffective: "2013-09-02" })],
      ["a withdrawal the day after a stated entry into force", record({ ...CHAD, entryIntoForce: "2013-08-01", withdrawalEffective: "2013-08-02" })],
      [
        "a withdrawal after a 2010 entry into force",
        record({ signed: "2008-12-03", deposited: "2009-02-16", instrument: "RATIFICATION", withdrawalEffective: "2025-01-01" }),
      ],
    ])("finds nothing wrong with %s", (_, r) => {
      expect(treatyRecordProblems(r)).toEqual([]);
    });
  });

  describe("signature", () => {
    it("rejects a signature on the day the Convention entered into force, explaining that a state joins by accession", () => {
      const message = only(record({ signed: "2010-08-01" }), "signed");
      expect(message).toMatch(/accession/);
      expect(message).toContain("1 August 2010");
    });

    it("rejects a signature after the Convention entered into force", () => {
      expect(fields(record({ signed: "2015-05-05" }))).toEqual(["signed"]);
    });

    it("uses the rule's date", () => {
      const rule: TreatyRule = { entryIntoForce: "1999-03-01", monthsAfterDeposit: 6 };
      expect(fields(record({ signed: "1999-02-28" }), rule)).toEqual([]);
      const problems = treatyRecordProblems(record({ signed: "1999-03-01" }), rule);
      expect(problems.map((p) => p.field)).toEqual(["signed"]);
      expect(renderMessage(messageOfIssue(problems[0].message, "custom"), "en")).toContain("1 March 1999");
    });
  });

  describe("deposit and instrument", () => {
    it("rejects a deposit earlier than the signature, on the deposit", () => {
      const message = only(record({ signed: "2008-12-03", deposited: "2008-12-02", instrument: "RATIFICATION" }), "deposited");
      expect(message).toMatch(/earlier than the signature/);
    });

    it("asks for the instrument when a deposit has none", () => {
      expect(only(record({ signed: "2008-12-03", deposited: "2013-03-26" }), "instrument")).toMatch(/type of instrument/);
      expect(only(record({ deposited: "2013-03-26" }), "instrument")).toMatch(/type of instrument/);
    });

    it("asks for the deposit date when an instrument has none", () => {
      expect(only(record({ signed: "2008-12-03", instrument: "RATIFICATION" }), "deposited")).toMatch(/deposit date/);
      expect(only(record({ instrument: "ACCESSION" }), "deposited")).toMatch(/deposit date/);
    });

    it("rejects accession by a signatory, on the instrument", () => {
      const message = only(record({ signed: "2008-12-03", deposited: "2013-03-26", instrument: "ACCESSION" }), "instrument");
      expect(message).toMatch(/signatory ratifies/);
    });

    it.each(["RATIFICATION", "ACCEPTANCE", "APPROVAL"] as const)("rejects %s by a state that did not sign, on the instrument", (instrument) => {
      const message = only(record({ deposited: "2013-03-26", instrument }), "instrument");
      expect(message).toMatch(/did not sign joins by accession/);
    });
  });

  describe("entry into force", () => {
    it("rejects a stated entry into force earlier than the deposit", () => {
      const message = only(record({ ...CHAD, entryIntoForce: "2013-03-25" }), "entryIntoForce");
      expect(message).toMatch(/earlier than the deposit/);
    });

    it("rejects a stated entry into force without a deposit", () => {
      expect(only(record({ entryIntoForce: "2013-09-01" }), "entryIntoForce")).toMatch(/needs a deposit date/);
      expect(only(record({ signed: "2008-12-03", entryIntoForce: "2013-09-01" }), "entryIntoForce")).toMatch(/needs a deposit date/);
    });

    it("accepts a stated date that disagrees with the rule but is not before the deposit", () => {
      expect(treatyRecordProblems(record({ ...CHAD, entryIntoForce: "2014-01-01" }))).toEqual([]);
    });
  });

  describe("withdrawal", () => {
    it("rejects a withdrawal without a deposit", () => {
      expect(only(record({ withdrawalEffective: "2020-01-01" }), "withdrawalEffective")).toMatch(/deposited an instrument/);
      expect(only(record({ signed: "2008-12-03", withdrawalEffective: "2020-01-01" }), "withdrawalEffective")).toMatch(/deposited an instrument/);
    });

    it("rejects a withdrawal on or before the entry into force derived by the rule", () => {
      // Chad's instrument of 26 March 2013 took effect on 1 September 2013.
      expect(only(record({ ...CHAD, withdrawalEffective: "2013-09-01" }), "withdrawalEffective")).toMatch(/after the Convention entered into force/);
      expect(fields(record({ ...CHAD, withdrawalEffective: "2013-08-31" }))).toEqual(["withdrawalEffective"]);
      expect(fields(record({ ...CHAD, withdrawalEffective: "2013-03-27" }))).toEqual(["withdrawalEffective"]);
    });

    it("uses Article 17(1) for an early deposit: in force from 1 August 2010", () => {
      const early = record({ signed: "2008-12-03", deposited: "2009-02-16", instrument: "RATIFICATION" });
      expect(fields({ ...early, withdrawalEffective: "2010-08-01" })).toEqual(["withdrawalEffective"]);
      expect(fields({ ...early, withdrawalEffective: "2010-07-01" })).toEqual(["withdrawalEffective"]);
      expect(fields({ ...early, withdrawalEffective: "2010-08-02" })).toEqual([]);
    });

    it("uses a stated entry into force rather than the rule's", () => {
      const stated = record({ ...CHAD, entryIntoForce: "2013-12-01" });
      expect(fields({ ...stated, withdrawalEffective: "2013-12-01" })).toEqual(["withdrawalEffective"]);
      expect(fields({ ...stated, withdrawalEffective: "2013-10-01" })).toEqual(["withdrawalEffective"]);
      expect(fields({ ...stated, withdrawalEffective: "2013-12-02" })).toEqual([]);
      // An earlier stated date moves the limit back too.
      const earlier = record({ ...CHAD, entryIntoForce: "2013-04-01" });
      expect(fields({ ...earlier, withdrawalEffective: "2013-05-01" })).toEqual([]);
      expect(fields({ ...earlier, withdrawalEffective: "2013-04-01" })).toEqual(["withdrawalEffective"]);
    });

    it("uses the rule passed in to derive the entry into force", () => {
      const rule: TreatyRule = { entryIntoForce: "2010-08-01", monthsAfterDeposit: 1 };
      const r = record({ ...CHAD, withdrawalEffective: "2013-05-01" });
      expect(fields(r, CCM_RULE)).toEqual(["withdrawalEffective"]);
      expect(fields(r, rule)).toEqual([]);
    });
  });

  describe("several faults at once", () => {
    it("reports each fault on its own field", () => {
      const problems = treatyRecordProblems(
        record({
          signed: "2011-01-01",
          deposited: "2010-12-01",
          instrument: "ACCESSION",
          entryIntoForce: "2010-11-01",
          withdrawalEffective: "2010-10-01",
        }),
      );
      expect(problems.map((p) => p.field).sort()).toEqual(["deposited", "entryIntoForce", "instrument", "signed", "withdrawalEffective"]);
      for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
    });

    it("reports a missing deposit once for each field that needs it", () => {
      const problems = treatyRecordProblems(record({ instrument: "ACCESSION", entryIntoForce: "2013-09-01", withdrawalEffective: "2020-01-01" }));
      expect(problems.map((p) => p.field)).toEqual(["deposited", "entryIntoForce", "withdrawalEffective"]);
    });

    it("gives problems as plain {field, message} objects", () => {
      const [problem] = treatyRecordProblems(record({ signed: "2010-08-01" }));
      expect(Object.keys(problem).sort()).toEqual(["field", "message"]);
    });
  });
});

describe("entryIntoForceDisagreement", () => {
  it("is null without a deposit or without a stated date", () => {
    expect(entryIntoForceDisagreement(CHAD)).toBeNull();
    expect(entryIntoForceDisagreement(record({ entryIntoForce: "2013-09-01" }))).toBeNull();
    expect(entryIntoForceDisagreement(record())).toBeNull();
  });

  it("is null when the stated date is the rule's", () => {
    expect(entryIntoForceDisagreement({ ...CHAD, entryIntoForce: "2013-09-01" })).toBeNull();
    expect(
      entryIntoForceDisagreement(record({ signed: "2008-12-03", deposited: "2009-02-16", instrument: "RATIFICATION", entryIntoForce: "2010-08-01" })),
    ).toBeNull();
  });

  it("gives the rule's date when the stated date differs", () => {
    expect(entryIntoForceDisagreement({ ...CHAD, entryIntoForce: "2013-10-01" })).toBe("2013-09-01");
    expect(entryIntoForceDisagreement({ ...CHAD, entryIntoForce: "2013-08-01" })).toBe("2013-09-01");
    expect(
      entryIntoForceDisagreement(record({ signed: "2008-12-03", deposited: "2009-02-16", instrument: "RATIFICATION", entryIntoForce: "2009-08-01" })),
    ).toBe("2010-08-01");
  });

  it("uses the rule passed in", () => {
    const rule: TreatyRule = { entryIntoForce: "2010-08-01", monthsAfterDeposit: 1 };
    expect(entryIntoForceDisagreement({ ...CHAD, entryIntoForce: "2013-04-01" }, rule)).toBeNull();
    expect(entryIntoForceDisagreement({ ...CHAD, entryIntoForce: "2013-09-01" }, rule)).toBe("2013-04-01");
  });
});
