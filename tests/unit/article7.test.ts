import { describe, expect, it } from "vitest";
import { initialReportDue, obligationStatuses, reportObligations, unrecordedState } from "@/lib/domain/article7";

describe("Article 7 reporting", () => {
  it("puts the initial report 180 days after entry into force", () => {
    expect(initialReportDue("2010-08-01")).toBe("2011-01-28");
    expect(initialReportDue("2013-09-01")).toBe("2014-02-28");
    expect(initialReportDue("2012-03-01")).toBe("2012-08-28");
  });

  it("adds an update every 30 April after the initial report was due, stopping at a withdrawal", () => {
    const chad = reportObligations("2013-09-01", "2016-05-01");
    expect(chad.map((o) => `${o.kind} ${o.due}`)).toEqual(["INITIAL 2014-02-28", "ANNUAL 2015-04-30", "ANNUAL 2016-04-30"]);
    expect(reportObligations("2013-09-01", "2014-02-27")).toEqual([]);
    const withdrawn = reportObligations("2011-09-01", "2030-01-01", "2025-03-06");
    expect(withdrawn.at(-1)).toMatchObject({ kind: "ANNUAL", year: 2024 });
  });

  it("tells submitted, submitted late, late and due apart once the records are complete", () => {
    const obligations = reportObligations("2013-09-01", "2016-05-01");
    const statuses = obligationStatuses(
      obligations,
      [
        { kind: "INITIAL", year: null, submittedOn: "2014-02-20" },
        { kind: "ANNUAL", year: 2015, submittedOn: "2015-06-01" },
      ],
      "2016-05-01",
      "2014-01-01",
    );
    expect(statuses.map((s) => s.state)).toEqual(["SUBMITTED", "SUBMITTED_LATE", "LATE"]);
    expect(obligationStatuses(obligations, [], "2016-04-30", "2014-01-01").at(-1)?.state).toBe("DUE");
  });

  it("says no report recorded, not late, while nobody has said the records are complete", () => {
    const obligations = reportObligations("2013-09-01", "2026-05-01");
    const statuses = obligationStatuses(obligations, [], "2026-05-01", null);
    expect(statuses).toHaveLength(13);
    expect(new Set(statuses.map((s) => s.state))).toEqual(new Set(["NOT_RECORDED"]));
    expect(statuses.every((s) => s.submittedOn === null)).toBe(true);
  });

  it("is late only for reports falling due on or after the day the records are complete from", () => {
    const obligations = reportObligations("2013-09-01", "2026-05-01");
    const statuses = obligationStatuses(obligations, [{ kind: "ANNUAL", year: 2025, submittedOn: "2025-07-01" }], "2026-05-01", "2024-04-30");
    const byYear = Object.fromEntries(statuses.map((s) => [s.year ?? "initial", s.state]));
    expect(byYear).toMatchObject({ initial: "NOT_RECORDED", 2023: "NOT_RECORDED", 2024: "LATE", 2025: "SUBMITTED_LATE", 2026: "LATE" });
  });

  it("keeps a report due on the day itself as due, whatever the records say", () => {
    const obligations = reportObligations("2013-09-01", "2026-04-30");
    expect(obligationStatuses(obligations, [], "2026-04-30", "2020-01-01").at(-1)?.state).toBe("DUE");
    expect(obligationStatuses(obligations, [], "2026-04-30", null).at(-1)?.state).toBe("DUE");
  });

  it("draws the line at the completeness day itself", () => {
    expect(unrecordedState("2024-04-29", "2024-04-30")).toBe("NOT_RECORDED");
    expect(unrecordedState("2024-04-30", "2024-04-30")).toBe("LATE");
    expect(unrecordedState("2024-05-01", "2024-04-30")).toBe("LATE");
    expect(unrecordedState("2024-05-01", null)).toBe("NOT_RECORDED");
  });
});
