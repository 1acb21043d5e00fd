import { describe, expect, it } from "vitest";
import { initialReportDue, obligationStatuses, reportObligations } from "@/lib/domain/article7";

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

  it("tells submitted, submitted late, late and due apart", () => {
    const obligations = reportObligations("2013-09-01", "2016-05-01");
    const statuses = obligationStatuses(
      obligations,
      [
        { kind: "INITIAL", year: null, submittedOn: "2014-02-20" },
        { kind: "ANNUAL", year: 2015, submittedOn: "2015-06-01" },
      ],
      "2016-05-01",
    );
    expect(statuses.map((s) => s.state)).toEqual(["SUBMITTED", "SUBMITTED_LATE", "LATE"]);
    expect(obligationStatuses(obligations, [], "2016-04-30").at(-1)?.state).toBe("DUE");
  });
});
