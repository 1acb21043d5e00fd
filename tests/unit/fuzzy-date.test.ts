import { describe, expect, it } from "vitest";
import { DATE_PRECISIONS, describeWindow, parseFuzzyDate, type FuzzyDate, type Hemisphere } from "@/lib/domain/fuzzy-date";
import { formatLongDate } from "@/lib/domain/dates";

/** The day the delegate spoke: 18 April 2013. */
const REFERENCE = "2013-04-18";
const parse = (text: string, hemisphere?: Hemisphere, reference = REFERENCE) =>
  parseFuzzyDate(text, hemisphere ? { reference, hemisphere } : { reference });
const window = (text: string, hemisphere?: Hemisphere, reference = REFERENCE) => {
  const parsed = parse(text, hemisphere, reference);
  return parsed && { precision: parsed.precision, earliest: parsed.earliest, latest: parsed.latest };
};

describe("DATE_PRECISIONS", () => {
  it("runs from an exact day to unspecified", () => {
    expect(DATE_PRECISIONS).toEqual(["DAY", "DAY_RANGE", "MONTH", "QUARTER", "HALF", "SEASON", "YEAR", "UNSPECIFIED"]);
  });
});

describe("parseFuzzyDate", () => {
  describe("exact days", () => {
    it("reads an ISO day", () => {
      expect(parse("2013-06-15")).toEqual({ text: "2013-06-15", precision: "DAY", earliest: "2013-06-15", latest: "2013-06-15" });
    });

    it("rejects an ISO day that does not exist", () => {
      expect(parse("2013-02-30")).toBeNull();
      expect(parse("2013-02-29")).toBeNull();
      expect(parse("2013-04-31")).toBeNull();
    });

    it("accepts 29 February only in a leap year, as an ISO day", () => {
      expect(window("2012-02-29")).toEqual({ precision: "DAY", earliest: "2012-02-29", latest: "2012-02-29" });
    });

    it.each([
      ["22 May 2013", "2013-05-22"],
      ["22 May", "2013-05-22"],
      ["1 Jan 2014", "2014-01-01"],
      ["May 22, 2013", "2013-05-22"],
      ["May 22 2013", "2013-05-22"],
      ["Sept. 5", "2013-09-05"],
      ["31 December 2013", "2013-12-31"],
      ["on 3 December 2008", "2008-12-03"],
    ])("reads %j as the day %s", (text, iso) => {
      expect(window(text)).toEqual({ precision: "DAY", earliest: iso, latest: iso });
    });

    it("takes the year from the reference day when none is said", () => {
      expect(window("22 May", undefined, "2016-01-10")).toEqual({ precision: "DAY", earliest: "2016-05-22", latest: "2016-05-22" });
    });

    it.each(["31 February", "30 February 2013", "32 May", "0 May", "31 April", "31 June 2013", "May 32"])("rejects the impossible day %j", (text) => {
      expect(parse(text)).toBeNull();
    });

    it("accepts 29 February in a leap year and rejects it otherwise", () => {
      expect(window("29 February 2012")).toEqual({ precision: "DAY", earliest: "2012-02-29", latest: "2012-02-29" });
      expect(window("29 February 2016")).toEqual({ precision: "DAY", earliest: "2016-02-29", latest: "2016-02-29" });
      expect(parse("29 February 2013")).toBeNull();
      expect(parse("29 February 2100")).toBeNull(); // divisible by 100, not by 400
      expect(window("29 February 2000")).toEqual({ precision: "DAY", earliest: "2000-02-29", latest: "2000-02-29" });
    });

    it("checks 29 February against the reference year when no year is said", () => {
      expect(parse("29 February", undefined, "2013-04-18")).toBeNull();
      expect(window("29 February", undefined, "2012-04-18")).toEqual({ precision: "DAY", earliest: "2012-02-29", latest: "2012-02-29" });
    });
  });

  describe("day ranges", () => {
    it("reads '22-23 May' in the reference year", () => {
      expect(parse("22-23 May")).toEqual({ text: "22-23 May", precision: "DAY_RANGE", earliest: "2013-05-22", latest: "2013-05-23" });
    });

    it("reads an en dash and an em dash as a hyphen", () => {
      expect(parse("22–23 May 2013")).toEqual({
        text: "22–23 May 2013",
        precision: "DAY_RANGE",
        earliest: "2013-05-22",
        latest: "2013-05-23",
      });
      expect(window("22—23 May 2013")).toEqual({ precision: "DAY_RANGE", earliest: "2013-05-22", latest: "2013-05-23" });
    });

    it("allows spaces around the dash and an explicit year other than the reference's", () => {
      expect(window("22 - 23 May 2014")).toEqual({ precision: "DAY_RANGE", earliest: "2014-05-22", latest: "2014-05-23" });
      expect(window("1–30 Nov")).toEqual({ precision: "DAY_RANGE", earliest: "2013-11-01", latest: "2013-11-30" });
    });

    it("takes the year from the reference day when none is said", () => {
      expect(window("22-23 May", undefined, "2015-12-01")).toEqual({ precision: "DAY_RANGE", earliest: "2015-05-22", latest: "2015-05-23" });
    });

    it.each(["23-22 May", "0-5 May", "30-31 April", "28-30 February 2013", "30-32 May"])("rejects the impossible range %j", (text) => {
      expect(parse(text)).toBeNull();
    });

    it("accepts a range ending on 29 February only in a leap year", () => {
      expect(window("28–29 February 2012")).toEqual({ precision: "DAY_RANGE", earliest: "2012-02-28", latest: "2012-02-29" });
      expect(parse("28–29 February 2013")).toBeNull();
    });
  });

  describe("months and parts of months", () => {
    it("reads 'June' as the whole month in the reference year", () => {
      expect(parse("June")).toEqual({ text: "June", precision: "MONTH", earliest: "2013-06-01", latest: "2013-06-30" });
    });

    it.each([
      ["June 2014", "2014-06-01", "2014-06-30"],
      ["Feb 2012", "2012-02-01", "2012-02-29"],
      ["February 2013", "2013-02-01", "2013-02-28"],
      ["December", "2013-12-01", "2013-12-31"],
      ["in May", "2013-05-01", "2013-05-31"],
      ["2013-06", "2013-06-01", "2013-06-30"],
      ["2012-02", "2012-02-01", "2012-02-29"],
    ])("reads %j as %s..%s", (text, earliest, latest) => {
      expect(window(text)).toEqual({ precision: "MONTH", earliest, latest });
    });

    it.each([
      ["early June", "2013-06-01", "2013-06-10"],
      ["beginning of June", "2013-06-01", "2013-06-10"],
      ["start of June 2014", "2014-06-01", "2014-06-10"],
      ["mid-June", "2013-06-11", "2013-06-20"],
      ["mid June", "2013-06-11", "2013-06-20"],
      ["late June", "2013-06-21", "2013-06-30"],
      ["end of June", "2013-06-21", "2013-06-30"],
      ["by the end of June", "2013-06-21", "2013-06-30"],
      ["end of February 2012", "2012-02-21", "2012-02-29"],
      ["end of February 2013", "2013-02-21", "2013-02-28"],
      ["late July", "2013-07-21", "2013-07-31"],
    ])("reads %j as %s..%s", (text, earliest, latest) => {
      expect(window(text)).toEqual({ precision: "MONTH", earliest, latest });
    });

    it.each(["2013-13", "2013-00"])("rejects the month %j", (text) => {
      expect(parse(text)).toBeNull();
    });
  });

  describe("quarters", () => {
    it.each([
      ["Q1 2013", "2013-01-01", "2013-03-31"],
      ["Q2 2013", "2013-04-01", "2013-06-30"],
      ["Q3 2013", "2013-07-01", "2013-09-30"],
      ["Q4 2013", "2013-10-01", "2013-12-31"],
      ["Q3", "2013-07-01", "2013-09-30"],
      ["q1 2016", "2016-01-01", "2016-03-31"],
      ["third quarter of 2013", "2013-07-01", "2013-09-30"],
      ["first quarter 2014", "2014-01-01", "2014-03-31"],
      ["the fourth quarter", "2013-10-01", "2013-12-31"],
    ])("reads %j as %s..%s", (text, earliest, latest) => {
      expect(window(text)).toEqual({ precision: "QUARTER", earliest, latest });
    });

    it.each(["Q0 2013", "Q5 2013", "fifth quarter of 2013"])("rejects %j", (text) => {
      expect(parse(text)).toBeNull();
    });
  });

  describe("halves and parts of a year", () => {
    it("reads 'mid-2013' as June and July 2013", () => {
      expect(parse("mid-2013")).toEqual({ text: "mid-2013", precision: "HALF", earliest: "2013-06-01", latest: "2013-07-31" });
    });

    it.each([
      ["mid 2014", "2014-06-01", "2014-07-31"],
      ["middle of 2014", "2014-06-01", "2014-07-31"],
      ["mid-year", "2013-06-01", "2013-07-31"],
      ["mid next year", "2014-06-01", "2014-07-31"],
      ["first half of 2014", "2014-01-01", "2014-06-30"],
      ["second half of 2013", "2013-07-01", "2013-12-31"],
      ["first half", "2013-01-01", "2013-06-30"],
      ["H1 2014", "2014-01-01", "2014-06-30"],
      ["H2 2013", "2013-07-01", "2013-12-31"],
      ["early 2014", "2014-01-01", "2014-04-30"],
      ["beginning of 2014", "2014-01-01", "2014-04-30"],
      ["early next year", "2014-01-01", "2014-04-30"],
      ["late 2013", "2013-09-01", "2013-12-31"],
      ["end of 2013", "2013-09-01", "2013-12-31"],
      ["by the end of 2013", "2013-09-01", "2013-12-31"],
      ["end of this year", "2013-09-01", "2013-12-31"],
    ])("reads %j as %s..%s", (text, earliest, latest) => {
      expect(window(text)).toEqual({ precision: "HALF", earliest, latest });
    });

    it("strips leading words such as 'As of' before reading the date", () => {
      expect(parse("As of mid-2013")).toEqual({ text: "As of mid-2013", precision: "HALF", earliest: "2013-06-01", latest: "2013-07-31" });
      expect(window("by mid-2013")).toEqual({ precision: "HALF", earliest: "2013-06-01", latest: "2013-07-31" });
      expect(window("during the first half of 2014")).toEqual({ precision: "HALF", earliest: "2014-01-01", latest: "2014-06-30" });
      expect(window("around mid-2013")).toEqual({ precision: "HALF", earliest: "2013-06-01", latest: "2013-07-31" });
    });

    it("rejects a third half", () => {
      expect(parse("H3 2013")).toBeNull();
      expect(parse("third half of 2013")).toBeNull();
    });
  });

  describe("seasons", () => {
    it("reads 'this Spring' and 'spring 2013' as March to May in the north (the default)", () => {
      expect(parse("this Spring")).toEqual({ text: "this Spring", precision: "SEASON", earliest: "2013-03-01", latest: "2013-05-31" });
      expect(window("spring 2013")).toEqual({ precision: "SEASON", earliest: "2013-03-01", latest: "2013-05-31" });
      expect(window("spring 2013", "north")).toEqual({ precision: "SEASON", earliest: "2013-03-01", latest: "2013-05-31" });
    });

    it("reads spring as September to November in the south", () => {
      expect(window("this Spring", "south")).toEqual({ precision: "SEASON", earliest: "2013-09-01", latest: "2013-11-30" });
      expect(window("spring 2013", "south")).toEqual({ precision: "SEASON", earliest: "2013-09-01", latest: "2013-11-30" });
    });

    it.each([
      ["summer 2013", "north", "2013-06-01", "2013-08-31"],
      ["autumn 2013", "north", "2013-09-01", "2013-11-30"],
      ["fall 2013", "north", "2013-09-01", "2013-11-30"],
      ["winter 2013", "north", "2013-12-01", "2014-02-28"],
      ["winter 2015", "north", "2015-12-01", "2016-02-29"],
      ["summer 2013", "south", "2013-12-01", "2014-02-28"],
      ["summer 2015", "south", "2015-12-01", "2016-02-29"],
      ["autumn 2013", "south", "2013-03-01", "2013-05-31"],
      ["winter 2013", "south", "2013-06-01", "2013-08-31"],
    ] as const)("reads %j in the %s as %s..%s", (text, hemisphere, earliest, latest) => {
      expect(window(text, hemisphere)).toEqual({ precision: "SEASON", earliest, latest });
    });

    it("reads the northern winter across the turn of the year by default", () => {
      expect(window("winter 2013")).toEqual({ precision: "SEASON", earliest: "2013-12-01", latest: "2014-02-28" });
    });

    it("reads 'next' as the year after the reference year, and 'of' before the year", () => {
      expect(window("next summer")).toEqual({ precision: "SEASON", earliest: "2014-06-01", latest: "2014-08-31" });
      expect(window("spring of 2014")).toEqual({ precision: "SEASON", earliest: "2014-03-01", latest: "2014-05-31" });
      expect(window("during the Spring")).toEqual({ precision: "SEASON", earliest: "2013-03-01", latest: "2013-05-31" });
    });
  });

  describe("years", () => {
    it("reads '2013' as the whole year", () => {
      expect(parse("2013")).toEqual({ text: "2013", precision: "YEAR", earliest: "2013-01-01", latest: "2013-12-31" });
    });

    it("reads 'next year' and 'this year' from the reference day", () => {
      expect(window("next year")).toEqual({ precision: "YEAR", earliest: "2014-01-01", latest: "2014-12-31" });
      expect(window("this year")).toEqual({ precision: "YEAR", earliest: "2013-01-01", latest: "2013-12-31" });
      expect(window("next year", undefined, "2019-12-31")).toEqual({ precision: "YEAR", earliest: "2020-01-01", latest: "2020-12-31" });
    });

    it("strips 'in' before a year", () => {
      expect(window("in 2014")).toEqual({ precision: "YEAR", earliest: "2014-01-01", latest: "2014-12-31" });
    });
  });

  describe("no date yet", () => {
    it.each([
      "very soon",
      "Very soon",
      "in the near future",
      "In the near future",
      "soon",
      "shortly",
      "imminently",
      "as soon as possible",
      "ASAP",
      "at a later stage",
      "later",
      "TBD",
      "unknown",
    ])("reads %j as unspecified, with no window", (text) => {
      expect(parse(text)).toEqual({ text, precision: "UNSPECIFIED", earliest: null, latest: null });
    });

    // The UNSPECIFIED list names "in due course", but the leading "in " is stripped first, so it never matches.
    it("reads 'in due course' as unspecified", () => {
      expect(parse("in due course")).toEqual({ text: "in due course", precision: "UNSPECIFIED", earliest: null, latest: null });
    });
  });

  describe("the text as typed", () => {
    it("keeps the case, the dashes and the leading words of what was typed", () => {
      expect(parse("As of Mid-2013")?.text).toBe("As of Mid-2013");
      expect(parse("22–23 May")?.text).toBe("22–23 May");
      expect(parse("THIS SPRING")?.text).toBe("THIS SPRING");
      expect(parse("By the end of June")?.text).toBe("By the end of June");
      expect(parse("Sept. 5")?.text).toBe("Sept. 5");
    });

    it("is case-insensitive for the reading", () => {
      expect(window("MID-2013")).toEqual(window("mid-2013"));
      expect(window("jUnE 2013")).toEqual({ precision: "MONTH", earliest: "2013-06-01", latest: "2013-06-30" });
      expect(window("q3 2013")).toEqual(window("Q3 2013"));
    });

    it("trims the text and collapses runs of whitespace", () => {
      expect(parse("  mid-2013 ")).toEqual({ text: "mid-2013", precision: "HALF", earliest: "2013-06-01", latest: "2013-07-31" });
      expect(parse("22  May\t2013")).toEqual({ text: "22 May 2013", precision: "DAY", earliest: "2013-05-22", latest: "2013-05-22" });
    });
  });

  describe("not a date", () => {
    it.each([
      "hello",
      "31 February",
      "32 May",
      "Mayday",
      "2013-6-15",
      "15/06/2013",
      "22nd May",
      "by around June",
      "next week",
      "13",
      "20133",
      "spring 13",
      "mid-June-2013x",
    ])("returns null for %j", (text) => {
      expect(parse(text)).toBeNull();
    });

    it("does not mistake the month 'May' for a word", () => {
      expect(window("May")).toEqual({ precision: "MONTH", earliest: "2013-05-01", latest: "2013-05-31" });
      expect(parse("maybe")).toBeNull();
    });
  });

  it("always gives an earliest day no later than the latest, and both or neither", () => {
    const samples = [
      "2013-06-15",
      "22-23 May",
      "June",
      "end of June",
      "Q4",
      "mid-2013",
      "first half of 2014",
      "early 2014",
      "late 2013",
      "this Spring",
      "winter 2013",
      "2013",
      "next year",
      "very soon",
    ];
    for (const hemisphere of ["north", "south"] as const) {
      for (const text of samples) {
        const parsed = parse(text, hemisphere);
        expect(parsed, text).not.toBeNull();
        expect(parsed!.earliest === null, text).toBe(parsed!.latest === null);
        if (parsed!.earliest && parsed!.latest) expect(parsed!.earliest <= parsed!.latest, text).toBe(true);
      }
    }
  });
});

describe("describeWindow", () => {
  const fuzzy = (earliest: string | null, latest: string | null): FuzzyDate => ({
    text: "whatever was said",
    precision: earliest ? "MONTH" : "UNSPECIFIED",
    earliest,
    latest,
  });

  it("gives a single day for a window of one day", () => {
    expect(describeWindow(fuzzy("2013-06-15", "2013-06-15"), formatLongDate)).toBe("15 June 2013");
  });

  it("gives both ends of a longer window", () => {
    expect(describeWindow(fuzzy("2013-06-01", "2013-07-31"), formatLongDate)).toBe("between 1 June 2013 and 31 July 2013");
  });

  it("says no date was given for an unspecified date", () => {
    expect(describeWindow(fuzzy(null, null), formatLongDate)).toBe("no date given");
  });

  it("formats with the given formatter, earliest first", () => {
    const calls: string[] = [];
    const format = (d: string) => {
      calls.push(d);
      return `<${d}>`;
    };
    expect(describeWindow(fuzzy("2013-12-01", "2014-02-28"), format)).toBe("between <2013-12-01> and <2014-02-28>");
    expect(calls).toEqual(["2013-12-01", "2014-02-28"]);
  });

  it("describes what parseFuzzyDate returns", () => {
    expect(describeWindow(parse("mid-2013")!, formatLongDate)).toBe("between 1 June 2013 and 31 July 2013");
    expect(describeWindow(parse("2013-06-15")!, formatLongDate)).toBe("15 June 2013");
    expect(describeWindow(parse("very soon")!, formatLongDate)).toBe("no date given");
    expect(describeWindow(parse("22–23 May")!, formatLongDate)).toBe("between 22 May 2013 and 23 May 2013");
  });
});
