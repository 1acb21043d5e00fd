import "server-only";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/cache/data-cache";
import { canSeeRestricted } from "@/lib/domain/contacts";
import type { IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { progressReport } from "@/lib/reports/progress";
import type { Viewer } from "@/lib/visibility";
import type { ContactFilter } from "@/lib/domain/contact-filter";
import { listActors } from "./actors";
import { contactsByRegion, getDashboard } from "./dashboard";
import { listContacts, upcomingWork } from "./contacts";
import { meetingOptions } from "./meetings";
import { listPledges, type PledgeFilter } from "./pledges";
import { listStates, stateOptions, type StateListFilter } from "./states";

// The reads behind the dashboard, the states list and the contact and pledge lists, through the data cache (lib/cache/data-cache.ts).
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

/**
 * The progress report as the page and the DOCX show it (`rows` per section): its class is whether restricted contacts
 * are included (a coordinator who asks), which is all the report reads of its reader.
 */
export async function cachedProgressReport(from: IsoDate, to: IsoDate, viewer: Viewer, options: { includeRestricted: boolean; locale: Locale; rows?: number }) {
  const visibility: VisibilityClass = options.includeRestricted && canSeeRestricted(viewer.role) ? "restricted" : "shared";
  const { locale, rows } = options;
  // Full lists (XLSX, CSV) are read each time: megabytes per value, in a store that counts values, not bytes.
  if (rows === undefined) return progressReport(from, to, viewer, { includeRestricted: options.includeRestricted, locale });
  const report = await cachedRead(db(), "progress-report", { from, to, visibility, locale, rows: rows ?? null }, ["states", "contacts", "pledges", "meetings"], () =>
    progressReport(from, to, standIn(visibility), { includeRestricted: visibility === "restricted", locale, rows }),
  );
  return { ...report, generatedAt: new Date().toISOString() };
}

export async function cachedStateList(filter: StateListFilter) {
  const { viewer, ...rest } = filter;
  const visibility = classOf(viewer);
  return cachedRead(db(), "state-list", { ...rest, visibility }, ["states", "activity", "contacts", "settings"], () => listStates({ ...rest, viewer: standIn(visibility) }));
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
