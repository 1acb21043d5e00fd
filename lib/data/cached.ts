import "server-only";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/cache/data-cache";
import { canSeeRestricted } from "@/lib/domain/contacts";
import type { IsoDate } from "@/lib/domain/dates";
import type { Viewer } from "@/lib/visibility";
import { contactsByRegion, getDashboard } from "./dashboard";
import { upcomingWork } from "./contacts";
import { listStates, type StateListFilter } from "./states";
import { countStatementsConcerning } from "./meetings";
import { countPledgesConcerning } from "./pledges";
import { countStateHistory } from "./state-detail";
import { timelineCounts } from "./timeline";

// The reads behind the dashboard and the states list, through the data cache (lib/cache/data-cache.ts).
// What a user may see depends only on whether the role may see restricted contacts (lib/visibility.ts), so values
// are kept per visibility class, and computed for a stand-in viewer of that class, never for the user: a value can
// hold nothing that depends on who asked beyond the class, and a class never reads the other's values.

type VisibilityClass = "restricted" | "shared";

const STAND_IN: Record<VisibilityClass, Role> = { restricted: "COORDINATOR", shared: "VIEWER" };

function classOf(viewer: Viewer): VisibilityClass {
  return canSeeRestricted(viewer.role) ? "restricted" : "shared";
}

function standIn(visibility: VisibilityClass): Viewer {
  return { id: `visibility-class:${visibility}`, role: STAND_IN[visibility] };
}

export async function cachedDashboard(asOf: IsoDate, today: IsoDate, viewer: Viewer) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "dashboard", { asOf, today, visibility }, ["states", "activity", "contacts", "pledges", "meetings", "settings", "users"], () =>
    getDashboard(asOf, today, standIn(visibility)),
  );
}

export async function cachedUpcomingWork(viewer: Viewer, today: IsoDate) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "upcoming-work", { today, visibility }, ["contacts", "states", "pledges", "users"], () => upcomingWork(standIn(visibility), today));
}

export async function cachedContactsByRegion(viewer: Viewer, from: IsoDate, to: IsoDate) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "contacts-by-region", { from, to, visibility }, ["contacts", "states"], () => contactsByRegion(standIn(visibility), from, to));
}

export async function cachedStateList(filter: StateListFilter) {
  const { viewer, ...rest } = filter;
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-list", { ...rest, visibility }, ["states", "activity", "contacts", "settings"], () => listStates({ ...rest, viewer: standIn(visibility) }));
}

export interface StateListCounts {
  /** Entries of the timeline by kind, up to the "as of" day (treaty actions come from the record: not counted here). */
  timeline: { contacts: number; statements: number; pledges: number; changes: number };
  history: number;
  pledges: number;
  statements: number;
}

/**
 * How long each list on a state page is, so the page can show the newest few and say how many there are. Counting
 * a busy state's contacts and changes reads thousands of index entries, so the counts are kept like the dashboard's.
 */
export async function cachedStateListCounts(scope: { iso3: string; actorId: string | null; until?: IsoDate }, viewer: Viewer): Promise<StateListCounts> {
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-list-counts", { ...scope, visibility }, ["contacts", "activity", "pledges", "meetings", "states"], async () => {
    const who = standIn(visibility);
    const concerning = { actorId: scope.actorId ?? undefined, iso3: scope.iso3 };
    const [timeline, history, pledges, statements] = await Promise.all([
      timelineCounts(scope, who),
      countStateHistory(scope.iso3, who),
      countPledgesConcerning(concerning),
      countStatementsConcerning(concerning),
    ]);
    return { timeline, history, pledges, statements };
  });
}
