import { describe, expect, it } from "vitest";
import { newestFirst, upTo } from "@/lib/domain/timeline";

describe("state timeline order", () => {
  const items = [
    { key: "statement", date: "2013-04-15", at: "2013-04-18T17:00:00.000Z" },
    { key: "planned", date: "2013-08-27" },
    { key: "step", date: "2013-04-18", at: "2013-04-18T17:00:00.000Z" },
    { key: "contact", date: "2013-04-18", at: "2013-04-18T12:00:00.000Z" },
    { key: "signature", date: "2008-12-03" },
  ];

  it("puts the newest day first and, on one day, the latest record first", () => {
    expect(newestFirst(items).map((i) => i.key)).toEqual(["planned", "step", "contact", "statement", "signature"]);
  });

  it("leaves out what came after the date of a view of the past", () => {
    expect(upTo(items, "2013-04-18").map((i) => i.key)).toEqual(["statement", "step", "contact", "signature"]);
    expect(upTo(items, undefined)).toHaveLength(5);
  });
});
