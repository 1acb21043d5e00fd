import { describe, expect, it } from "vitest";
import type { TreatyRecord } from "@/lib/domain/status";
import { treatyEventsBetween, type TreatyEvent } from "@/lib/domain/treaty-events";
import { realStates } from "./support/real-data";

interface Subject {
  iso3: string;
  record: TreatyRecord;
}

const subject = (iso3: string, fields: Partial<TreatyRecord>): Subject => ({
  iso3,
  record: { signed: null, deposited: null, instrument: null, entryIntoForce: null, withdrawalEffective: null, ...fields },
});

const chad = subject("TCD", { signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION", entryIntoForce: "2013-09-01" });
const andorra = subject("AND", { deposited: "2013-04-09", instrument: "ACCESSION" }); // EIF derived: 2013-10-01
const albania = subject("ALB", { signed: "2008-12-03", deposited: "2009-06-16", instrument: "RATIFICATION" }); // EIF derived: 2010-08-01
const lithuania = subject("LTU", {
  signed: "2008-12-03",
  deposited: "2011-03-24",
  instrument: "RATIFICATION",
  entryIntoForce: "2011-09-01",
  withdrawalEffective: "2025-03-06",
});
const algeria = subject("DZA", {});

const brief = (events: TreatyEvent<Subject>[]) => events.map((e) => `${e.date} ${e.subject.iso3} ${e.kind}`);

describe("treatyEventsBetween", () => {
  const all = [chad, andorra, albania, lithuania, algeria];

  it("lists every dated action, newest first, with derived entry into force", () => {
    expect(brief(treatyEventsBetween(all, "2008-01-01", "2030-12-31"))).toEqual([
      "2025-03-06 LTU WITHDRAWAL",
      "2013-10-01 AND ENTRY_INTO_FORCE",
      "2013-09-01 TCD ENTRY_INTO_FORCE",
      "2013-04-09 AND DEPOSIT",
      "2013-03-26 TCD DEPOSIT",
      "2011-09-01 LTU ENTRY_INTO_FORCE",
      "2011-03-24 LTU DEPOSIT",
      "2010-08-01 ALB ENTRY_INTO_FORCE",
      "2009-06-16 ALB DEPOSIT",
      "2008-12-03 TCD SIGNATURE",
      "2008-12-03 ALB SIGNATURE",
      "2008-12-03 LTU SIGNATURE",
    ]);
  });

  it("keeps only events in [from, to], both days included", () => {
    expect(brief(treatyEventsBetween(all, "2013-03-26", "2013-10-01"))).toEqual([
      "2013-10-01 AND ENTRY_INTO_FORCE",
      "2013-09-01 TCD ENTRY_INTO_FORCE",
      "2013-04-09 AND DEPOSIT",
      "2013-03-26 TCD DEPOSIT",
    ]);
    expect(brief(treatyEventsBetween(all, "2013-03-27", "2013-09-30"))).toEqual(["2013-09-01 TCD ENTRY_INTO_FORCE", "2013-04-09 AND DEPOSIT"]);
  });

  it("works for a single day", () => {
    expect(brief(treatyEventsBetween(all, "2010-08-01", "2010-08-01"))).toEqual(["2010-08-01 ALB ENTRY_INTO_FORCE"]);
  });

  it("is empty when nothing happened in the window, or the window is reversed", () => {
    expect(treatyEventsBetween(all, "2014-01-01", "2024-12-31")).toEqual([]);
    expect(treatyEventsBetween(all, "2013-12-31", "2013-01-01")).toEqual([]);
    expect(treatyEventsBetween([], "2008-01-01", "2030-12-31")).toEqual([]);
  });

  it("uses a stated entry-into-force date, not the rule's, when they differ", () => {
    const late = subject("XXX", { signed: "2008-12-03", deposited: "2013-03-26", instrument: "RATIFICATION", entryIntoForce: "2013-10-01" });
    const eifs = treatyEventsBetween([late], "2013-01-01", "2013-12-31").filter((e) => e.kind === "ENTRY_INTO_FORCE");
    expect(eifs.map((e) => e.date)).toEqual(["2013-10-01"]);
  });

  it("returns the subject itself with each event", () => {
    const [event] = treatyEventsBetween([chad], "2013-09-01", "2013-09-01");
    expect(event).toEqual({ kind: "ENTRY_INTO_FORCE", date: "2013-09-01", subject: chad });
    expect(event.subject).toBe(chad);
  });

  describe("on the real data", () => {
    const subjects = realStates().map((s) => ({ iso3: s.iso3, record: s }));

    it("lists the 2013 spring actions newest first", () => {
      expect(brief(treatyEventsBetween(subjects, "2013-02-01", "2013-04-30"))).toEqual([
        "2013-04-30 BOL DEPOSIT",
        "2013-04-09 AND DEPOSIT",
        "2013-04-01 AUS ENTRY_INTO_FORCE",
        "2013-03-26 TCD DEPOSIT",
        "2013-03-04 LIE DEPOSIT",
        "2013-03-01 PER ENTRY_INTO_FORCE", // deposited 2012-09-26
        "2013-02-04 NRU DEPOSIT",
      ]);
    });

    it("has 30 entries into force on 1 August 2010", () => {
      const events = treatyEventsBetween(subjects, "2010-08-01", "2010-08-01");
      expect(events).toHaveLength(30);
      expect(events.every((e) => e.kind === "ENTRY_INTO_FORCE")).toBe(true);
    });

    it("is sorted newest first over the whole history", () => {
      const events = treatyEventsBetween(subjects, "2008-05-30", "2030-12-31");
      for (let i = 1; i < events.length; i++) expect(events[i - 1].date >= events[i].date).toBe(true);
      expect(events[0]).toMatchObject({ kind: "ENTRY_INTO_FORCE", date: "2026-03-01" });
      expect(events[0].subject.iso3).toBe("VUT");
      // 108 signatures + 113 deposits + 113 entries into force + 1 withdrawal
      expect(events).toHaveLength(108 + 113 + 113 + 1);
    });
  });
});
