import { describe, expect, it } from "vitest";
import {
  pageInfo,
  pageOf,
  parseMeetingFilter,
  parsePageRequest,
  parsePledgeFilter,
  parseStateFilter,
  repeatedParams,
  unknownParams,
} from "@/lib/domain/list-filters";

describe("list filters shared by the pages and the read API", () => {
  it("reads the states filter and says which values it could not use", () => {
    const ok = parseStateFilter(
      { asOf: "2013-04-18", region: "Africa", status: "SIGNATORY", q: " lao ", stalled: "1", sort: "no-contact" },
      "2026-11-27",
    );
    expect(ok.problems).toEqual([]);
    expect(ok.filter).toMatchObject({
      asOf: { date: "2013-04-18", isToday: false },
      region: "Africa",
      status: "SIGNATORY",
      q: "lao",
      stalledOnly: true,
      sort: "no-contact",
    });
    const bad = parseStateFilter({ asOf: "2099-01-01", region: "Atlantis", status: "party", stalled: "yes" }, "2026-11-27");
    expect(bad.filter).toMatchObject({ asOf: { date: "2026-11-27", isToday: true }, region: undefined, status: undefined, stalledOnly: false });
    expect(bad.problems.map((p) => p.param).sort()).toEqual(["asOf", "region", "stalled", "status"]);
    expect(bad.problems.find((p) => p.param === "region")?.message).toContain("Africa, Americas, Asia, Europe, Oceania");
  });

  it("reads the pledge board's due filter as overdue or a number of days", () => {
    expect(parsePledgeFilter({ due: "overdue" }).filter).toMatchObject({ overdue: true, dueWithinDays: undefined });
    expect(parsePledgeFilter({ due: "90", status: "OPEN", kind: "REPORT" }).filter).toMatchObject({
      overdue: false,
      dueWithinDays: 90,
      status: "OPEN",
      kind: "REPORT",
    });
    expect(parsePledgeFilter({ due: "45", meeting: "x;drop" }).problems.map((p) => p.param)).toEqual(["due", "meeting"]);
  });

  it("refuses a meeting period that ends before it starts", () => {
    expect(parseMeetingFilter({ from: "2013-04-01", to: "2013-04-30", kind: "INTERSESSIONAL" }).problems).toEqual([]);
    expect(parseMeetingFilter({ from: "2013-05-01", to: "2013-04-30" }).problems).toEqual([{ param: "to", message: "“to” is earlier than “from”." }]);
    expect(parseMeetingFilter({ from: "30/04/2013" }).problems[0].param).toBe("from");
  });

  it("bounds page and limit instead of clamping them", () => {
    expect(parsePageRequest({}).filter).toEqual({ page: 1, limit: 50 });
    expect(parsePageRequest({ page: "3", limit: "100" })).toEqual({ filter: { page: 3, limit: 100 }, problems: [] });
    for (const [param, value] of [
      ["limit", "101"],
      ["limit", "0"],
      ["page", "0"],
      ["page", "-1"],
      ["page", "1.5"],
      ["limit", "ten"],
      ["page", "10001"],
    ]) {
      expect(parsePageRequest({ [param]: value }).problems, `${param}=${value}`).toEqual([expect.objectContaining({ param })]);
    }
  });

  it("flags unknown and repeated parameters", () => {
    expect(unknownParams({ regoin: "Africa", page: "1" }, ["region", "page"])).toEqual([expect.objectContaining({ param: "regoin" })]);
    expect(repeatedParams({ region: ["Africa", "Asia"], page: ["1"] })).toEqual([{ param: "region", message: "Give this parameter once." }]);
  });

  it("slices a page and counts pages", () => {
    const rows = Array.from({ length: 197 }, (_, i) => i);
    expect(pageOf(rows, { page: 4, limit: 50 })).toHaveLength(47);
    expect(pageOf(rows, { page: 5, limit: 50 })).toEqual([]);
    expect(pageInfo({ page: 1, limit: 50 }, 197)).toEqual({ page: 1, limit: 50, total: 197, pageCount: 4 });
    expect(pageInfo({ page: 1, limit: 50 }, 0).pageCount).toBe(1);
  });
});
