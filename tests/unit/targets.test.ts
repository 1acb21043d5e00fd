import { describe, expect, it } from "vitest";
import { rankTargets, type TargetCandidate } from "@/lib/domain/targets";

const candidate = (over: Partial<TargetCandidate>): TargetCandidate => ({
  iso3: "AAA", name: "A", region: "Africa", status: "NOT_PARTY", openPledges: 0, stalled: false, daysSinceActivity: 10, regionCoverage: 0.5, ...over,
});

describe("target list", () => {
  it("puts signatories first, and leaves States Parties out", () => {
    const ranked = rankTargets([
      candidate({ iso3: "NP", name: "Non-signatory", openPledges: 5 }),
      candidate({ iso3: "SG", name: "Signatory", status: "SIGNATORY" }),
      candidate({ iso3: "SP", name: "Party", status: "STATE_PARTY" }),
    ]);
    expect(ranked.map((r) => r.iso3)).toEqual(["SG", "NP"]);
    expect(ranked[0].rank).toBe(1);
  });

  it("orders within a tier by open pledges, then stalled, then silence, then region coverage, and says why", () => {
    const ranked = rankTargets([
      candidate({ iso3: "QUIET", daysSinceActivity: 400 }),
      candidate({ iso3: "NEVER", daysSinceActivity: null }),
      candidate({ iso3: "STALL", stalled: true, daysSinceActivity: 5 }),
      candidate({ iso3: "PLEDGE", openPledges: 2 }),
      candidate({ iso3: "LOWCOV", daysSinceActivity: 10, regionCoverage: 0.1 }),
      candidate({ iso3: "HIGHCOV", daysSinceActivity: 10, regionCoverage: 0.9 }),
    ]);
    expect(ranked.map((r) => r.iso3)).toEqual(["PLEDGE", "STALL", "NEVER", "QUIET", "LOWCOV", "HIGHCOV"]);
    expect(ranked[0].reasons).toContain("2 open pledges to follow up");
    expect(ranked[2].reasons).toContain("No activity ever recorded");
    expect(ranked[4].reasons).toContain("10% of Africa are States Parties");
  });
});
