import "server-only";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/cache/data-cache";
import { canSeeRestricted } from "@/lib/domain/contacts";
import type { IsoDate } from "@/lib/domain/dates";
import type { Viewer } from "@/lib/visibility";
import { CACHE_TAGS } from "@/lib/domain/cache-tags";
import { contactsByRegion, getDashboard } from "./dashboard";
import { upcomingWork } from "./contacts";
import { listStates, type StateListFilter } from "./states";
import { countStatementsConcerning, statementsConcerning } from "./meetings";
import { countPledgesConcerning, pledgesConcerning } from "./pledges";
import { countStateHistory, getStateDetail } from "./state-detail";
import { timelineCounts, timelineRecords } from "./timeline";

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
  pledges: number;
  statements: number;
}

/**
 * The long lists of a state page, the first few of each (`take`), with how many each holds: the timeline's recorded
 * entries (lib/data/timeline.ts adds the treaty actions), the pledges and statements concerning the state. About fifty
 * queries, and counting a busy state's contacts takes 100-200 ms, so the lists are kept like the dashboard's.
 */
export async function cachedStateLists(
  scope: { iso3: string; actorId: string | null; until?: IsoDate; today: IsoDate; take: { timeline: number; pledges: number; statements: number } },
  viewer: Viewer,
) {
  const visibility = classOf(viewer);
  const tags = ["states", "activity", "contacts", "pledges", "meetings", "users"] as const;
  return cachedRead(db(), "state-lists", { ...scope, visibility }, tags, async () => {
    const who = standIn(visibility);
    const { iso3, actorId, until, today, take } = scope;
    const concerning = { actorId: actorId ?? undefined, iso3 };
    const [timeline, pledges, statements, timelineCount, pledgeCount, statementCount] = await Promise.all([
      timelineRecords(iso3, who, { today, until, actorId, limit: take.timeline }),
      pledgesConcerning({ ...concerning, take: take.pledges }, today),
      statementsConcerning({ ...concerning, take: take.statements }),
      timelineCounts({ iso3, actorId, until }, who),
      countPledgesConcerning(concerning),
      countStatementsConcerning(concerning),
    ]);
    const counts: StateListCounts = { timeline: timelineCount, pledges: pledgeCount, statements: statementCount };
    return { timeline, pledges, statements, counts };
  });
}

/** How many changes concerning a state the viewer may see: a count over thousands of rows for a busy state, kept. */
export async function cachedStateHistoryCount(iso3: string, viewer: Viewer): Promise<number> {
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-history-count", { iso3, visibility }, ["states", "activity", "contacts", "pledges", "meetings"], () =>
    countStateHistory(iso3, standIn(visibility)),
  );
}

/**
 * The state page's record, path, notes, Article 7 reports and newest changes (getStateDetail, some fifteen queries),
 * per visibility class: what the history shows depends on whether the reader may see restricted changes.
 */
export async function cachedStateDetail(iso3: string, asOf: IsoDate, viewer: Viewer, options: { history: number }) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-detail", { iso3: iso3.toUpperCase(), asOf, visibility, ...options }, CACHE_TAGS, () =>
    getStateDetail(iso3, asOf, standIn(visibility), options),
  );
}
