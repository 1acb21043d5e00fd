import { describe, expect, it } from "vitest";
import {
  addDays,
  canEditContact,
  canSeeRestricted,
  compareByNoContact,
  daysBetween,
  daysSinceContact,
  deconflictionWindow,
  findOverlaps,
  isNextStepOverdue,
  overlapsConfirmed,
} from "@/lib/domain/contacts";

const planned = { actorId: "cocoordinators", date: "2013-08-27", targets: ["ZAF"] };

describe("de-confliction window", () => {
  it("spans 14 days either side, across month and year ends", () => {
    expect(deconflictionWindow("2013-08-27")).toEqual({ from: "2013-08-13", to: "2013-09-10" });
    expect(deconflictionWindow("2013-12-25")).toEqual({ from: "2013-12-11", to: "2014-01-08" });
    expect(deconflictionWindow("2024-03-01")).toEqual({ from: "2024-02-16", to: "2024-03-15" });
  });

  it("counts whole days and adds them without time-zone drift", () => {
    expect(daysBetween("2013-04-18", "2013-05-02")).toBe(14);
    expect(daysBetween("2013-05-02", "2013-04-18")).toBe(-14);
    expect(daysBetween("2013-03-30", "2013-03-31")).toBe(1); // a daylight-saving weekend in Europe
    expect(addDays("2012-02-28", 1)).toBe("2012-02-29");
    expect(addDays("2013-01-01", -1)).toBe("2012-12-31");
  });
});

describe("findOverlaps", () => {
  const other = (id: string, date: string, targets: string[], actorId = "france") => ({ id, date, targets, actorId });

  it("finds another actor's contact with the same state 14 days before or after, both ends included", () => {
    const found = findOverlaps(planned, [
      other("a", "2013-08-13", ["ZAF"]),
      other("b", "2013-09-10", ["ZAF", "NAM"]),
      other("c", "2013-08-27", ["ZAF"]),
    ]);
    expect(found.map((o) => o.id)).toEqual(["a", "c", "b"]);
  });

  it("ignores contacts 15 days away, with other states, or by the same actor", () => {
    const found = findOverlaps(planned, [
      other("early", "2013-08-12", ["ZAF"]),
      other("late", "2013-09-11", ["ZAF"]),
      other("elsewhere", "2013-08-27", ["NAM", "BWA"]),
      other("same-actor", "2013-08-27", ["ZAF"], "cocoordinators"),
    ]);
    expect(found).toEqual([]);
  });

  it("matches on any common target of a contact with several states", () => {
    const workshop = { actorId: "croatia", date: "2012-05-01", targets: ["SRB", "ROU", "GRC"] };
    expect(findOverlaps(workshop, [other("x", "2012-05-10", ["GRC"])]).map((o) => o.id)).toEqual(["x"]);
  });

  it("does not count the contact being edited against itself", () => {
    expect(findOverlaps({ ...planned, id: "self" }, [{ ...planned, id: "self", actorId: "france" }])).toEqual([]);
  });

  it("needs every overlap confirmed: a new one after the warning warns again", () => {
    expect(overlapsConfirmed(["a", "b"], ["b", "a"])).toBe(true);
    expect(overlapsConfirmed(["a", "c"], ["a", "b"])).toBe(false);
    expect(overlapsConfirmed([], [])).toBe(true);
  });
});

describe("who may see and change contacts", () => {
  it("lets only coordinators and administrators see restricted contacts", () => {
    expect(canSeeRestricted("ADMIN")).toBe(true);
    expect(canSeeRestricted("COORDINATOR")).toBe(true);
    expect(canSeeRestricted("CONTRIBUTOR")).toBe(false);
    expect(canSeeRestricted("VIEWER")).toBe(false);
  });

  it("lets the author or a coordinator change a contact, never a viewer", () => {
    expect(canEditContact({ id: "u1", role: "CONTRIBUTOR" }, { loggedById: "u1" })).toBe(true);
    expect(canEditContact({ id: "u1", role: "CONTRIBUTOR" }, { loggedById: "u2" })).toBe(false);
    expect(canEditContact({ id: "u1", role: "CONTRIBUTOR" }, { loggedById: null })).toBe(false);
    expect(canEditContact({ id: "u3", role: "COORDINATOR" }, { loggedById: "u2" })).toBe(true);
    expect(canEditContact({ id: "u1", role: "VIEWER" }, { loggedById: "u1" })).toBe(false);
  });
});

describe("next steps and days since the last contact", () => {
  it("calls a next step overdue only when it exists, is not done and its day has passed", () => {
    const step = { nextStep: "Call the mission", nextStepDue: "2013-09-01", nextStepDone: false };
    expect(isNextStepOverdue(step, "2013-09-02")).toBe(true);
    expect(isNextStepOverdue(step, "2013-09-01")).toBe(false);
    expect(isNextStepOverdue({ ...step, nextStepDone: true }, "2014-01-01")).toBe(false);
    expect(isNextStepOverdue({ ...step, nextStepDue: null }, "2014-01-01")).toBe(false);
    expect(isNextStepOverdue({ ...step, nextStep: " " }, "2014-01-01")).toBe(false);
  });

  it("counts days from the last contact to the page's date, and none for a contact after it", () => {
    expect(daysSinceContact("2013-04-18", "2013-04-18")).toBe(0);
    expect(daysSinceContact("2012-05-01", "2013-04-18")).toBe(352);
    expect(daysSinceContact("2013-05-01", "2013-04-18")).toBeNull();
    expect(daysSinceContact(null, "2013-04-18")).toBeNull();
  });

  it("sorts the longest without contact first, never-contacted before all, ties by name", () => {
    const rows = [
      { name: "Georgia", daysSinceContact: 10 },
      { name: "Armenia", daysSinceContact: null },
      { name: "Serbia", daysSinceContact: 352 },
      { name: "Azerbaijan", daysSinceContact: null },
      { name: "Greece", daysSinceContact: 352 },
    ];
    expect([...rows].sort(compareByNoContact("since-desc")).map((r) => r.name)).toEqual(["Armenia", "Azerbaijan", "Greece", "Serbia", "Georgia"]);
    expect([...rows].sort(compareByNoContact("since-asc")).map((r) => r.name)).toEqual(["Georgia", "Greece", "Serbia", "Armenia", "Azerbaijan"]);
  });
});
