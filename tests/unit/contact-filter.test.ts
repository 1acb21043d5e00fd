import { describe, expect, it } from "vitest";
import { contactFilterParams, parseContactFilter, searchParamsOf } from "@/lib/domain/contact-filter";

describe("contact log filters", () => {
  it("reads every filter from the URL and writes it back the same way", () => {
    const url = new URLSearchParams(
      "q=Mine%20Ban&target=geo&actor=ckactor000001&region=Europe&channel=BILATERAL_MEETING&outcome=POSITIVE&status=DONE&from=2013-01-01&to=2013-12-31&overdue=1&page=3",
    );
    const { filter, issues } = parseContactFilter(searchParamsOf(url));
    expect(issues).toEqual([]);
    expect(filter).toEqual({
      q: "Mine Ban",
      target: "GEO",
      actorId: "ckactor000001",
      region: "Europe",
      channel: "BILATERAL_MEETING",
      outcome: "POSITIVE",
      status: "DONE",
      from: "2013-01-01",
      to: "2013-12-31",
      overdue: true,
      deleted: undefined,
    });
    expect(contactFilterParams(filter).toString()).toBe(
      "q=Mine+Ban&target=GEO&actor=ckactor000001&region=Europe&channel=BILATERAL_MEETING&outcome=POSITIVE&status=DONE&from=2013-01-01&to=2013-12-31&overdue=1",
    );
  });

  it("ignores values outside the lists, and says which dates it could not read", () => {
    const { filter, issues } = parseContactFilter({
      channel: "CARRIER_PIGEON",
      region: "Atlantis",
      target: "'; drop",
      actor: "x y",
      from: "18 April 2013",
    });
    expect(filter).toMatchObject({ channel: undefined, region: undefined, target: undefined, actorId: undefined, from: undefined });
    expect(issues).toEqual([{ kind: "notADate", field: "from", value: "18 April 2013" }]);
  });

  it("warns when the range is empty", () => {
    expect(parseContactFilter({ from: "2013-05-01", to: "2013-04-01" }).issues).toEqual([{ kind: "fromAfterTo" }]);
  });
});
