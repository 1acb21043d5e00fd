import { describe, expect, it } from "vitest";
import { rankTargets, type RankedTarget, type TargetCandidate } from "@/lib/domain/targets";
import { renderMessage } from "@/platform/i18n/render-message";

const said = (target: RankedTarget, locale: "en" | "fr" | "es" = "en") => target.reasons.map((r) => renderMessage(r, locale));

const candidate = (over: Partial<TargetCandidate>): TargetCandidate => ({
  iso3: "AAA",
  name: "A",
  region: "Africa",
  status: "NOT_PARTY",
  openPledges: 0,
  stalled: false,
  lastActivity: "2026-11-27",
  daysSinceActivity: 10,
  regionCoverage: 0.5,
  ...over,
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
      candidate({ iso3: "NEVER", lastActivity: null, daysSinceActivity: null }),
      candidate({ iso3: "STALL", stalled: true, daysSinceActivity: 5 }),
      candidate({ iso3: "PLEDGE", openPledges: 2 }),
      candidate({ iso3: "LOWCOV", lastActivity: "2026-11-27", daysSinceActivity: 10, regionCoverage: 0.1 }),
      candidate({ iso3: "HIGHCOV", lastActivity: "2026-11-27", daysSinceActivity: 10, regionCoverage: 0.9 }),
    ]);
    expect(ranked.map((r) => r.iso3)).toEqual(["PLEDGE", "STALL", "NEVER", "QUIET", "LOWCOV", "HIGHCOV"]);
    expect(said(ranked[0])).toContain("2 open pledges to follow up");
    expect(said(ranked[2])).toContain("No activity ever recorded");
    expect(said(ranked[4])).toContain("10% of Africa are States Parties");
    expect(said(ranked[4], "fr")).toContain("10 % des États de la région Afrique sont États parties");
  });

  it("counts days since the last activity as people say them: today, yesterday, then the day and the days, in each language", () => {
    const [today, yesterday, longAgo] = rankTargets([
      candidate({ iso3: "A", name: "A", lastActivity: "2026-12-08", daysSinceActivity: 0, openPledges: 3 }),
      candidate({ iso3: "B", name: "B", lastActivity: "2026-12-07", daysSinceActivity: 1, openPledges: 2 }),
      candidate({ iso3: "C", name: "C", lastActivity: "2013-04-18", daysSinceActivity: 4982, openPledges: 1 }),
    ]);
    expect(said(today)).toContain("Last recorded activity today");
    expect(said(yesterday)).toContain("Last recorded activity yesterday");
    expect(said(longAgo)).toContain("Last recorded activity on 18 April 2013, 4,982 days ago");
    expect(said(longAgo, "fr").join(" ")).toMatch(/le 18 avril 2013, il y a 4\u202f982 jours/);
    expect(said(longAgo, "es")).toContain("Última actividad registrada el 18 de abril de 2013, hace 4982 días");
  });
});
