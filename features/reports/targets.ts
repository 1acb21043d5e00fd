import "server-only";
import { db } from "@/platform/db";
import type { Viewer } from "@/platform/auth/visibility";
import { listStates } from "@/features/treaty-status/queries/states";
import type { IsoDate } from "@/lib/domain/dates";
import { rankTargets, type RankedTarget } from "@/lib/domain/targets";
import { daysBetween } from "@/lib/domain/contacts";

/** The calendar day of the last activity and the days since, as people count them: "today" is 0, never less. */
function activityOf(lastActivity: string | null, today: IsoDate): { lastActivity: IsoDate | null; daysSinceActivity: number | null } {
  if (!lastActivity) return { lastActivity: null, daysSinceActivity: null };
  const day = lastActivity.slice(0, 10) as IsoDate;
  return { lastActivity: day, daysSinceActivity: Math.max(0, daysBetween(day, today)) };
}

export async function targetList(today: IsoDate, viewer: Viewer): Promise<RankedTarget[]> {
  const [states, pledges] = await Promise.all([
    listStates({ asOf: today, viewer }),
    db().pledge.groupBy({
      by: ["actorId"],
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, actor: { stateIso3: { not: null } } },
      _count: { _all: true },
    }),
  ]);
  const actors = await db().actor.findMany({ where: { id: { in: pledges.map((p) => p.actorId) } }, select: { id: true, stateIso3: true } });
  const openByState = new Map(actors.map((a) => [a.stateIso3!, pledges.find((p) => p.actorId === a.id)?._count._all ?? 0]));
  const coverage = new Map<string, number>();
  for (const region of new Set(states.rows.map((s) => s.region))) {
    const inRegion = states.rows.filter((s) => s.region === region);
    coverage.set(region, inRegion.filter((s) => s.status === "STATE_PARTY").length / inRegion.length);
  }
  return rankTargets(
    states.rows.map((s) => ({
      iso3: s.iso3,
      name: s.name,
      region: s.region,
      status: s.status,
      openPledges: openByState.get(s.iso3) ?? 0,
      stalled: s.stalled,
      ...activityOf(s.lastActivity, today),
      regionCoverage: coverage.get(s.region) ?? 0,
    })),
  );
}
