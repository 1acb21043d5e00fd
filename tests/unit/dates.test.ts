import { describe, expect, it } from "vitest";
import {
  firstDayOfMonthAfter,
  formatDayRange,
  formatLongDate,
  fromIsoDate,
  isIsoDate,
  maxIsoDate,
  toIsoDate,
  todayIso,
  type IsoDate,
} from "@/lib/domain/dates";

describe("isIsoDate", () => {
  it.each(["2013-09-01", "2010-08-01", "2012-02-29", "2000-02-29", "2025-12-31", "2008-05-30"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ["2013-02-30", "30 February does not exist"],
    ["2013-02-29", "2013 is not a leap year"],
    ["1900-02-29", "1900 is not a leap year"],
    ["2013-04-31", "April has 30 days"],
    ["2013-13-01", "no month 13"],
    ["2013-00-10", "no month 0"],
    ["2013-01-00", "no day 0"],
    ["2013-01-32", "no day 32"],
    ["2013-4-1", "month and day must have two digits"],
    ["2013-04-1", "day must have two digits"],
    ["13-04-01", "year must have four digits"],
    ["2013/04/01", "wrong separator"],
    ["01-04-2013", "day-first order"],
    [" 2013-04-01", "leading space"],
    ["2013-04-01 ", "trailing space"],
    ["2013-04-01T00:00:00Z", "a timestamp, not a day"],
    ["", "empty"],
    ["today", "a word"],
  ])("rejects %j (%s)", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("firstDayOfMonthAfter", () => {
  it.each([
    ["2010-03-01", 6, "2010-09-01"],
    ["2010-03-31", 6, "2010-09-01"],
    ["2013-03-26", 6, "2013-09-01"],
    ["2013-06-30", 6, "2013-12-01"],
    ["2013-07-01", 6, "2014-01-01"],
    ["2013-07-31", 6, "2014-01-01"],
    ["2012-12-31", 6, "2013-06-01"],
    ["2012-12-01", 1, "2013-01-01"],
    ["2012-11-15", 1, "2012-12-01"],
    ["2013-01-15", 12, "2014-01-01"],
    ["2013-01-15", 24, "2015-01-01"],
    ["2013-05-20", 0, "2013-05-01"],
    ["2013-01-15", -1, "2012-12-01"],
  ] as const)("%s + %i months -> %s", (day, months, expected) => {
    expect(firstDayOfMonthAfter(day, months)).toBe(expected);
  });
});

describe("maxIsoDate", () => {
  it("returns the later day whichever argument it is", () => {
    expect(maxIsoDate("2010-08-01", "2010-09-01")).toBe("2010-09-01");
    expect(maxIsoDate("2010-09-01", "2010-08-01")).toBe("2010-09-01");
    expect(maxIsoDate("2009-12-31", "2010-01-01")).toBe("2010-01-01");
    expect(maxIsoDate("2010-08-01", "2010-08-01")).toBe("2010-08-01");
  });
});

describe("toIsoDate / fromIsoDate / todayIso", () => {
  it("reads a PostgreSQL date (midnight UTC) as that calendar day", () => {
    expect(toIsoDate(new Date("2013-09-01T00:00:00.000Z"))).toBe("2013-09-01");
  });

  it("uses the UTC day, not the local one", () => {
    expect(toIsoDate(new Date("2013-08-31T23:59:59.999Z"))).toBe("2013-08-31");
    expect(toIsoDate(new Date("2024-12-31T23:30:00-05:00"))).toBe("2025-01-01");
  });

  it("fromIsoDate gives midnight UTC and round-trips", () => {
    const date = fromIsoDate("2012-02-29");
    expect(date.toISOString()).toBe("2012-02-29T00:00:00.000Z");
    expect(toIsoDate(date)).toBe("2012-02-29");
  });

  it("todayIso formats the given instant", () => {
    expect(todayIso(new Date("2025-03-06T12:00:00Z"))).toBe("2025-03-06");
  });

  it("todayIso without an argument is a valid day", () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe("formatLongDate", () => {
  it.each([
    ["2013-09-01", "1 September 2013"],
    ["2010-08-01", "1 August 2010"],
    ["2008-05-30", "30 May 2008"],
    ["2008-12-03", "3 December 2008"],
    ["2025-01-09", "9 January 2025"],
    ["2012-02-29", "29 February 2012"],
    ["2021-03-10", "10 March 2021"],
    ["2013-04-18", "18 April 2013"],
    ["2013-06-05", "5 June 2013"],
    ["2013-07-22", "22 July 2013"],
    ["2013-10-01", "1 October 2013"],
    ["2013-11-11", "11 November 2013"],
  ])("%s -> %s", (day, expected) => {
    expect(formatLongDate(day)).toBe(expected);
  });
});

describe("formatDayRange", () => {
  it.each([
    ["2013-03-01", "2013-05-31", "en", "Mar – May 2013"],
    ["2013-05-22", "2013-05-23", "en", "22 – 23 May 2013"],
    ["2013-12-01", "2014-01-31", "en", "Dec 2013 – Jan 2014"],
    ["2014-01-01", "2014-12-31", "en", "2014"],
    ["2013-06-01", "2013-06-30", "en", "Jun 2013"],
    ["2013-07-01", "2013-07-01", "en", "1 Jul 2013"],
    ["2013-02-01", "2013-02-28", "en", "Feb 2013"],
    ["2013-06-15", "2013-08-15", "en", "15 Jun – 15 Aug 2013"],
    ["2013-05-22", "2013-05-23", "fr", "22–23 mai 2013"],
    ["2013-03-01", "2013-05-31", "es", "mar–may 2013"],
  ] as const)("writes %s to %s with its year (%s): %s", (earliest, latest, locale, expected) => {
    expect(formatDayRange(earliest as IsoDate, latest as IsoDate, locale)).toBe(expected);
  });
});
