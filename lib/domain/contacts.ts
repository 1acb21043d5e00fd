import type { IsoDate } from "./dates";
import type { Role } from "./roles";

/** The organisation that stands for the universalization co-coordinators (Ghana and Portugal in 2013). */
export const CO_COORDINATORS = "Universalization co-coordinators";

export const CONTACT_STATUSES = ["PLANNED", "DONE"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_CHANNELS = [
  "BILATERAL_MEETING",
  "DEMARCHE",
  "LETTER",
  "CALL",
  "EMAIL",
  "REGIONAL_EVENT",
  "SIDE_EVENT",
  "MEETING_MARGINS",
  "OTHER",
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_LEVELS = ["MINISTERIAL", "AMBASSADOR", "CAPITAL_OFFICIALS", "PARLIAMENTARIANS", "EXPERT"] as const;
export type ContactLevel = (typeof CONTACT_LEVELS)[number];

export const CONTACT_OUTCOMES = ["POSITIVE", "NEUTRAL", "NEGATIVE", "NO_RESPONSE"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const SENSITIVITIES = ["SHARED", "RESTRICTED"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const PLEDGE_LINKS = ["FULFILS", "FOLLOWS_UP"] as const;
export type PledgeLink = (typeof PLEDGE_LINKS)[number];
export const PLEDGE_LINK_LABEL: Record<PledgeLink, string> = { FULFILS: "Fulfils", FOLLOWS_UP: "Follows up" };

/** The one rule on restricted contacts: only these roles may read them, wherever they appear. */
const RESTRICTED_READERS: readonly Role[] = ["COORDINATOR", "ADMIN"];

export function canSeeRestricted(role: Role): boolean {
  return RESTRICTED_READERS.includes(role);
}

/** The author of a contact may change it; coordinators and administrators may change any they can see. */
export function canEditContact(user: { id: string; role: Role }, contact: { loggedById: string | null }): boolean {
  if (user.role === "COORDINATOR" || user.role === "ADMIN") return true;
  return user.role === "CONTRIBUTOR" && contact.loggedById === user.id;
}

export const DECONFLICTION_DAYS = 14;

const DAY_MS = 86_400_000;
const dayNumber = (day: IsoDate) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The days around `date` in which another approach to the same state needs de-confliction, both ends included. */
export function deconflictionWindow(date: IsoDate, days = DECONFLICTION_DAYS): { from: IsoDate; to: IsoDate } {
  return { from: addDays(date, -days), to: addDays(date, days) };
}

export interface ContactForOverlap {
  id?: string;
  actorId: string;
  date: IsoDate;
  targets: readonly string[];
}

/**
 * The contacts of other actors with a target in common within ±14 days of the candidate: whoever plans or
 * logs a contact should know that someone else is, or was just, talking to the same state.
 */
export function findOverlaps<T extends ContactForOverlap>(candidate: ContactForOverlap, others: readonly T[], days = DECONFLICTION_DAYS): T[] {
  const targets = new Set(candidate.targets);
  return others
    .filter(
      (other) =>
        (candidate.id === undefined || other.id !== candidate.id) &&
        other.actorId !== candidate.actorId &&
        Math.abs(daysBetween(candidate.date, other.date)) <= days &&
        other.targets.some((t) => targets.has(t)),
    )
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
}

/** True when every overlap has been seen and accepted by the user (by id); a new overlap needs a new look. */
export function overlapsConfirmed(overlapIds: readonly string[], confirmedIds: readonly string[]): boolean {
  const confirmed = new Set(confirmedIds);
  return overlapIds.every((id) => confirmed.has(id));
}

export interface NextStepLike {
  nextStep: string;
  nextStepDue: IsoDate | null;
  nextStepDone: boolean;
}

/** A next step still open after its due day. */
export function isNextStepOverdue(contact: NextStepLike, today: IsoDate): boolean {
  return contact.nextStep.trim() !== "" && !contact.nextStepDone && contact.nextStepDue !== null && contact.nextStepDue < today;
}

/** A planned contact whose day has gone by without anyone marking it done: not activity, and flagged for follow-up. */
export function isPlannedDatePassed(contact: { status: ContactStatus; date: IsoDate }, today: IsoDate): boolean {
  return contact.status === "PLANNED" && contact.date < today;
}

/** Days from the last contact to the page's date; null when there was none by then. */
export function daysSinceContact(lastContact: IsoDate | null, asOf: IsoDate): number | null {
  if (!lastContact || lastContact > asOf) return null;
  return daysBetween(lastContact, asOf);
}

export type NoContactSort = "since-desc" | "since-asc";

/** Longest without contact first (never contacted before all), or the reverse; ties by name. */
export function compareByNoContact<T extends { name: string; daysSinceContact: number | null }>(order: NoContactSort) {
  const value = (row: T) => (row.daysSinceContact === null ? Number.POSITIVE_INFINITY : row.daysSinceContact);
  return (a: T, b: T) => {
    const diff = order === "since-desc" ? value(b) - value(a) : value(a) - value(b);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
    return a.name.localeCompare(b.name, "en");
  };
}
