import { describe, expect, it } from "vitest";
import { CCM_RULE, derivedEntryIntoForce, entryIntoForceFor, type TreatyRule } from "@/lib/domain/entry-into-force";

describe("CCM_RULE", () => {
  it("is Article 17: in force 1 August 2010, six months after the month of deposit", () => {
    expect(CCM_RULE).toEqual({ entryIntoForce: "2010-08-01", monthsAfterDeposit: 6 });
  });
});

describe("derivedEntryIntoForce (CCM Article 17)", () => {
  describe("Article 17(1): instruments up to the 30th took effect with the Convention on 1 August 2010", () => {
    it.each([
      ["2008-12-03", "deposited at the Oslo signing conference"],
      ["2009-03-18", "an early 2009 deposit"],
      ["2009-12-31", "the last day of 2009"],
      ["2010-01-31", "January 2010"],
      ["2010-02-01", "first day of February 2010"],
      ["2010-02-16", "the day of the 30th instrument (Burkina Faso, Moldova)"],
      ["2010-02-28", "last day of February 2010"],
    ])("%s (%s) -> 2010-08-01", (deposited) => {
      expect(derivedEntryIntoForce(deposited)).toBe("2010-08-01");
    });
  });

  describe("Article 17(2): a later deposit in month M takes effect on the first day of month M+6", () => {
    it.each([
      ["2010-03-01", "2010-09-01"],
      ["2010-03-31", "2010-09-01"],
      ["2010-05-04", "2010-11-01"],
      ["2010-07-31", "2011-01-01"],
      ["2010-08-01", "2011-02-01"],
      ["2011-02-23", "2011-08-01"],
      ["2011-03-24", "2011-09-01"],
      ["2012-07-01", "2013-01-01"],
      ["2012-07-31", "2013-01-01"],
      ["2012-10-08", "2013-04-01"],
      ["2012-12-01", "2013-06-01"],
      ["2012-12-31", "2013-06-01"],
      ["2013-02-04", "2013-08-01"],
      ["2013-03-04", "2013-09-01"],
      ["2013-03-26", "2013-09-01"],
      ["2013-04-09", "2013-10-01"],
      ["2020-01-27", "2020-07-01"],
      ["2023-08-03", "2024-02-01"],
      ["2025-09-05", "2026-03-01"],
    ])("%s -> %s", (deposited, expected) => {
      expect(derivedEntryIntoForce(deposited)).toBe(expected);
    });
  });

  it("applies the rule it is given", () => {
    const rule: TreatyRule = { entryIntoForce: "1999-03-01", monthsAfterDeposit: 6 };
    expect(derivedEntryIntoForce("1998-01-15", rule)).toBe("1999-03-01");
    expect(derivedEntryIntoForce("1998-09-16", rule)).toBe("1999-03-01");
    expect(derivedEntryIntoForce("1998-10-01", rule)).toBe("1999-04-01");
    const threeMonths: TreatyRule = { entryIntoForce: "2000-01-01", monthsAfterDeposit: 3 };
    expect(derivedEntryIntoForce("2000-11-30", threeMonths)).toBe("2001-02-01");
  });
});

describe("entryIntoForceFor", () => {
  it("is null when nothing was deposited and no date stated", () => {
    expect(entryIntoForceFor(null, null)).toBeNull();
  });

  it("derives the date when none is stated", () => {
    expect(entryIntoForceFor("2013-03-26", null)).toEqual({ date: "2013-09-01", basis: "derived" });
    expect(entryIntoForceFor("2009-06-16", null)).toEqual({ date: "2010-08-01", basis: "derived" });
    expect(entryIntoForceFor("2012-12-31", null)).toEqual({ date: "2013-06-01", basis: "derived" });
  });

  it("keeps a stated date that agrees with the rule, without a disagreement", () => {
    const eif = entryIntoForceFor("2013-03-26", "2013-09-01");
    expect(eif).toEqual({ date: "2013-09-01", basis: "stated" });
    expect(eif).not.toHaveProperty("disagreesWithRule");
  });

  it("keeps a stated date that disagrees with the rule, but reports the rule's date", () => {
    expect(entryIntoForceFor("2013-03-26", "2013-10-01")).toEqual({
      date: "2013-10-01",
      basis: "stated",
      disagreesWithRule: "2013-09-01",
    });
    // A pre-Convention deposit stated as taking effect six months later, not with the Convention.
    expect(entryIntoForceFor("2008-12-03", "2009-06-01")).toEqual({
      date: "2009-06-01",
      basis: "stated",
      disagreesWithRule: "2010-08-01",
    });
  });

  it("uses the given rule", () => {
    const rule: TreatyRule = { entryIntoForce: "1999-03-01", monthsAfterDeposit: 6 };
    expect(entryIntoForceFor("1999-05-10", null, rule)).toEqual({ date: "1999-11-01", basis: "derived" });
    expect(entryIntoForceFor("1999-05-10", "1999-11-01", rule)).toEqual({ date: "1999-11-01", basis: "stated" });
  });
});
