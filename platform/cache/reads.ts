import "server-only";
import type { Role } from "@prisma/client";
import { db } from "@/platform/db";
import { cachedRead } from "@/platform/cache/data-cache";
import { canSeeRestricted } from "@/lib/domain/contacts";
import type { IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { progressReport } from "@/features/reports/progress";
import type { Viewer } from "@/platform/auth/visibility";
import { CACHE_TAGS } from "@/platform/cache/tags";
import type { ContactFilter } from "@/lib/domain/contact-filter";
import { listActors } from "@/features/meetings/speakers";
import { contactsByRegion, getDashboard } from "@/features/treaty-status/queries/dashboard";
import { listContacts, upcomingWork } from "@/features/contacts/queries";
import { countStatementsConcerning, meetingOptions, statementsConcerning } from "@/features/meetings/queries";
import { countPledgesConcerning, listPledges, pledgesConcerning, type PledgeFilter } from "@/features/pledges/queries";
import { countStateHistory, getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { listStates, stateOptions, type StateListFilter } from "@/features/treaty-status/queries/states";
import { timelineCounts, timelineRecords } from "@/features/treaty-status/queries/timeline";

// The reads behind the dashboard, the lists, a state's page and the progress report, through the data cache
// (platform/cache/data-cache.ts).
// What a user may see depends only on whether the role may see restricted contacts (platform/auth/visibility.ts), so values
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
  return cachedRead(
    db(),
    "dashboard",
    { asOf, today, visibility },
    ["states", "activity", "contacts", "pledges", "meetings", "settings", "users"],
    () => getDashboard(asOf, today, standIn(visibility)),
  );
}

export async function cachedUpcomingWork(viewer: Viewer, today: IsoDate) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "upcoming-work", { today, visibility }, ["contacts", "states", "pledges", "users"], () =>
    upcomingWork(standIn(visibility), today),
  );
}

export async function cachedContactsByRegion(viewer: Viewer, from: IsoDate, to: IsoDate) {
  const visibility = classOf(viewer);
  return cachedRead(db(), "contacts-by-region", { from, to, visibility }, ["contacts", "states"], () =>
    contactsByRegion(standIn(visibility), from, to),
  );
}

/**
 * The progress report as the page and the DOCX show it (`rows` per section): its class is whether restricted contacts
 * are included (a coordinator who asks), which is all the report reads of its reader.
 */
export async function cachedProgressReport(
  from: IsoDate,
  to: IsoDate,
  viewer: Viewer,
  options: { includeRestricted: boolean; locale: Locale; rows?: number },
) {
  const visibility: VisibilityClass = options.includeRestricted && canSeeRestricted(viewer.role) ? "restricted" : "shared";
  const { locale, rows } = options;
  // Full lists (XLSX, CSV) are read each time: megabytes per value, in a store that counts values, not bytes.
  if (rows === undefined) return progressReport(from, to, viewer, { includeRestricted: options.includeRestricted, locale });
  const report = await cachedRead(
    db(),
    "progress-report",
    { from, to, visibility, locale, rows: rows ?? null },
    ["states", "contacts", "pledges", "meetings", "settings"],
    () => progressReport(from, to, standIn(visibility), { includeRestricted: visibility === "restricted", locale, rows }),
  );
  return { ...report, generatedAt: new Date().toISOString() };
}

export async function cachedStateList(filter: StateListFilter) {
  const { viewer, ...rest } = filter;
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-list", { ...rest, visibility }, ["states", "activity", "contacts", "settings"], () =>
    listStates({ ...rest, viewer: standIn(visibility) }),
  );
}

/** One page of the contact log. The administrator's list of deleted contacts is read directly (it is not a class's). */
export async function cachedContactList(filter: ContactFilter, viewer: Viewer, options: { today: IsoDate; page?: number }) {
  if (filter.deleted) return listContacts(filter, viewer, options);
  const visibility = classOf(viewer);
  return cachedRead(db(), "contact-list", { filter, ...options, visibility }, ["contacts", "states", "users", "pledges"], () =>
    listContacts(filter, standIn(visibility), options),
  );
}

/** One page of pledges: the same for every reader. */
export async function cachedPledgeList(filter: PledgeFilter) {
  return cachedRead(db(), "pledge-list", filter, ["pledges", "states", "meetings"], () => listPledges(filter));
}

/** States and organisations, as filters and forms offer them (an organisation's change invalidates every tag). */
export async function cachedActors() {
  return cachedRead(db(), "actors", {}, ["states"], () => listActors());
}

export async function cachedStateOptions() {
  return cachedRead(db(), "state-options", {}, ["states"], () => stateOptions());
}

export async function cachedMeetingOptions() {
  return cachedRead(db(), "meeting-options", {}, ["meetings"], () => meetingOptions());
}

export interface StateListCounts {
  /** Entries of the timeline by kind, up to the "as of" day (treaty actions come from the record: not counted here). */
  timeline: { contacts: number; statements: number; pledges: number; changes: number };
  pledges: number;
  statements: number;
}

/**
 * The long lists of a state page, the first few of each (`take`), with how many each holds: the timeline's recorded
 * entries (features/treaty-status/queries/timeline.ts adds the treaty actions), the pledges and statements concerning the state. About fifty
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
