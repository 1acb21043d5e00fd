import { describe, expect, it } from "vitest";
import { EARLIEST_AS_OF, parseAsOf } from "@/lib/domain/as-of";

const TODAY = "2025-06-15";

describe("parseAsOf", () => {
  it("is today, without an error, when no date is asked for", () => {
    expect(parseAsOf(undefined, TODAY)).toEqual({ date: TODAY, isToday: true });
    expect(parseAsOf("", TODAY)).toEqual({ date: TODAY, isToday: true });
    expect(parseAsOf([], TODAY)).toEqual({ date: TODAY, isToday: true });
  });

  it("uses a valid past date", () => {
    expect(parseAsOf("2013-04-18", TODAY)).toEqual({ date: "2013-04-18", isToday: false });
    expect(parseAsOf("2025-06-14", TODAY)).toEqual({ date: "2025-06-14", isToday: false });
  });

  it("marks today's own date as today", () => {
    expect(parseAsOf(TODAY, TODAY)).toEqual({ date: TODAY, isToday: true });
  });

  it("uses the first value of a repeated parameter", () => {
    expect(parseAsOf(["2013-04-18", "2020-01-01"], TODAY)).toEqual({ date: "2013-04-18", isToday: false });
    expect(parseAsOf(["nonsense", "2020-01-01"], TODAY).error).toBeDefined();
  });

  it.each(["2013-02-30", "2013-4-18", "18/04/2013", "yesterday", "2013-04-18T00:00:00Z"])(
    "falls back to today with an error for the invalid date %j",
    (raw) => {
      const result = parseAsOf(raw, TODAY);
      expect(result.date).toBe(TODAY);
      expect(result.isToday).toBe(true);
      expect(result.error).toBe(`"${raw}" is not a date; showing today.`);
    },
  );

  it("falls back to today with an error for a future date", () => {
    expect(parseAsOf("2025-06-16", TODAY)).toEqual({
      date: TODAY,
      isToday: true,
      error: "That date is in the future; showing today.",
    });
    expect(parseAsOf("2099-01-01", TODAY).error).toMatch(/future/);
  });

  it("falls back to today with an error before the Convention's adoption on 30 May 2008", () => {
    expect(EARLIEST_AS_OF).toBe("2008-05-30");
    expect(parseAsOf("2008-05-29", TODAY)).toEqual({
      date: TODAY,
      isToday: true,
      error: "The Convention did not exist before 30 May 2008; showing today.",
    });
    expect(parseAsOf("1997-12-03", TODAY).error).toMatch(/30 May 2008/);
  });

  it("accepts the adoption day itself", () => {
    expect(parseAsOf("2008-05-30", TODAY)).toEqual({ date: "2008-05-30", isToday: false });
  });
});
