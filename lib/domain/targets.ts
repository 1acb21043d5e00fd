import type { StatusKind } from "./status";

export interface TargetCandidate {
  iso3: string;
  name: string;
  region: string;
  status: StatusKind;
  openPledges: number;
  stalled: boolean;
  /** Days since the last recorded activity; null when there has never been any. */
  daysSinceActivity: number | null;
  /** Share of the region's states that are States Parties (0–1): low coverage calls for more work. */
  regionCoverage: number;
}

export interface RankedTarget extends TargetCandidate {
  rank: number;
  reasons: string[];
}

const TIER: Partial<Record<StatusKind, number>> = { SIGNATORY: 0, NOT_PARTY: 1, WITHDRAWN: 1 };

/**
 * Signatories first (one step from ratifying), then non-signatories and withdrawn states. Within a tier:
 * more open pledges, then stalled, then longer without contact, then the region with less coverage.
 */
export function rankTargets(candidates: readonly TargetCandidate[]): RankedTarget[] {
  const eligible = candidates.filter((c) => TIER[c.status] !== undefined);
  const silence = (c: TargetCandidate) => c.daysSinceActivity ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...eligible].sort(
    (a, b) =>
      TIER[a.status]! - TIER[b.status]! ||
      b.openPledges - a.openPledges ||
      Number(b.stalled) - Number(a.stalled) ||
      silence(b) - silence(a) ||
      a.regionCoverage - b.regionCoverage ||
      a.name.localeCompare(b.name, "en"),
  );
  return sorted.map((c, i) => ({ ...c, rank: i + 1, reasons: reasonsFor(c) }));
}

function reasonsFor(c: TargetCandidate): string[] {
  const reasons = [c.status === "SIGNATORY" ? "Signatory: ratification is the next step" : c.status === "WITHDRAWN" ? "Withdrew: to be brought back" : "Has not signed: joins by accession"];
  if (c.openPledges > 0) reasons.push(`${c.openPledges} open ${c.openPledges === 1 ? "pledge" : "pledges"} to follow up`);
  if (c.stalled) reasons.push("Stalled: no recorded activity for the set period");
  reasons.push(c.daysSinceActivity === null ? "No activity ever recorded" : `${c.daysSinceActivity} days since the last recorded activity`);
  reasons.push(`${Math.round(c.regionCoverage * 100)}% of ${c.region} are States Parties`);
  return reasons;
}
