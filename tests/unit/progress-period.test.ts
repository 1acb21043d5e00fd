import { describe, expect, it } from "vitest";
import { treatyEventsBetween } from "@/lib/domain/treaty-events";
import { countChanges, monthlyStatusSeries, signed } from "@/lib/domain/series";
import { countStatuses } from "@/lib/domain/status";
import { realStates } from "./support/real-data";

const subjects = () => realStates().map((s) => ({ iso3: s.iso3, record: s }));

describe("the period between the intersessional meeting and the Fourth Meeting of States Parties", () => {
  const events = () => treatyEventsBetween(subjects(), "2013-04-18", "2013-09-13");

  it("includes Chad's entry into force on 1 September 2013 and Bolivia's and Iraq's deposits", () => {
    const found = events().map((e) => `${e.subject.iso3} ${e.kind} ${e.date}`);
    expect(found).toContain("TCD ENTRY_INTO_FORCE 2013-09-01");
    expect(found).toContain("BOL DEPOSIT 2013-04-30");
    expect(found).toContain("IRQ DEPOSIT 2013-05-14");
  });

  it("leaves out what happened before the period (Chad's deposit in March 2013)", () => {
    expect(events().some((e) => e.subject.iso3 === "TCD" && e.kind === "DEPOSIT")).toBe(false);
  });

  it("counts the change: States Parties in force rise from 77 to 80 (Nauru, Liechtenstein, Chad; Andorra only on 1 October)", () => {
    const before = countStatuses(realStates(), "2013-04-18");
    const after = countStatuses(realStates(), "2013-09-13");
    const party = countChanges(before, after).find((c) => c.kind === "STATE_PARTY")!;
    expect(party.before).toBe(77);
    expect(party.after).toBe(80);
    expect(party.delta).toBe(3);
  });
});

describe("monthly series", () => {
  it("has one point per month and ends on the last day asked for", () => {
    const series = monthlyStatusSeries(realStates(), "2010-06-01", "2010-09-15");
    expect(series.map((p) => p.date)).toEqual(["2010-06-01", "2010-07-01", "2010-08-01", "2010-09-01", "2010-09-15"]);
    expect(series[1].counts.STATE_PARTY).toBe(0);
    expect(series[2].counts.STATE_PARTY).toBe(30);
  });

  it("writes changes with their sign", () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(["+3", "−2", "±0"]);
  });
});
