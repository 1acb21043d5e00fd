import type { IsoDate } from "./dates";
import { say, type Message } from "./message";
import type { StatusKind } from "./status";

export interface TargetCandidate {
  iso3: string;
  name: string;
  region: string;
  status: StatusKind;
  openPledges: number;
  stalled: boolean;
  /** The day of the last recorded activity (what happened, not what is planned); null when there has never been any. */
  lastActivity: IsoDate | null;
  /** Calendar days from that day to today (0 when it was today); null when there has never been any. */
  daysSinceActivity: number | null;
  /** Share of the region's states that are States Parties (0–1): low coverage calls for more work. */
  regionCoverage: number;
}

export interface RankedTarget extends TargetCandidate {
  rank: number;
  reasons: Message[];
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

const REASON = "reports.targets.reason";

function reasonsFor(c: TargetCandidate): Message[] {
  const reasons: Message[] = [`${REASON}.${c.status === "SIGNATORY" ? "signatory" : c.status === "WITHDRAWN" ? "withdrawn" : "notSigned"}`];
  if (c.openPledges > 0) reasons.push(say(`${REASON}.openPledges`, { count: c.openPledges }));
  if (c.stalled) reasons.push(`${REASON}.stalled`);
  reasons.push(
    c.lastActivity === null || c.daysSinceActivity === null
      ? `${REASON}.noActivity`
      : say(`${REASON}.daysSince`, { days: c.daysSinceActivity, date: { date: c.lastActivity } }),
  );
  reasons.push(say(`${REASON}.coverage`, { percent: Math.round(c.regionCoverage * 100), region: { key: `labels.region.${c.region}` } }));
  return reasons;
}
