import type { IsoDate } from "./dates";
import type { TreatyRecord } from "./status";

export const PLEDGE_KINDS = ["TREATY_ACTION", "DOMESTIC_STEP", "OUTREACH", "HOST_EVENT", "REPORT", "FUNDING", "OTHER"] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

export const TREATY_ACTIONS = ["SIGN", "RATIFY", "ACCEDE", "DEPOSIT"] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];

export const PLEDGE_STATUSES = ["OPEN", "IN_PROGRESS", "KEPT", "SLIPPED", "WITHDRAWN"] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const MEETING_KINDS = ["INTERSESSIONAL", "MEETING_OF_STATES_PARTIES", "REVIEW_CONFERENCE", "REGIONAL", "BILATERAL", "OTHER"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export function isOpenStatus(status: PledgeStatus): boolean {
  return status === "OPEN" || status === "IN_PROGRESS";
}

/** Closing a pledge (kept, slipped or withdrawn) says why: a link, a contact, a meeting or a note. */
export function needsEvidence(status: PledgeStatus): boolean {
  return !isOpenStatus(status);
}

export interface PledgeTiming {
  status: PledgeStatus;
  dueLatest: IsoDate | null;
  reviewOn?: IsoDate | null;
}

/** Overdue: still open after the last day its due date can mean. "Very soon" is never overdue, only due for review. */
export function isOverdue(pledge: PledgeTiming, today: IsoDate): boolean {
  return isOpenStatus(pledge.status) && pledge.dueLatest !== null && pledge.dueLatest < today;
}

export function isReviewDue(pledge: PledgeTiming, today: IsoDate): boolean {
  return isOpenStatus(pledge.status) && pledge.dueLatest === null && !!pledge.reviewOn && pledge.reviewOn <= today;
}

/** The treaty actions a change to a state's record has just accomplished (so pledges of that kind are kept). */
export function treatyActionsAccomplished(
  before: Pick<TreatyRecord, "signed" | "deposited">,
  after: Pick<TreatyRecord, "signed" | "deposited" | "instrument">,
): TreatyAction[] {
  const done: TreatyAction[] = [];
  if (!before.signed && after.signed) done.push("SIGN");
  if (!before.deposited && after.deposited) {
    done.push("DEPOSIT");
    done.push(after.instrument === "ACCESSION" ? "ACCEDE" : "RATIFY");
  }
  return done;
}
