import type { IsoDate } from "./dates";

/** Article 7(2): the initial report is due 180 days after entry into force; updates are due every 30 April. */
export function initialReportDue(entryIntoForce: IsoDate): IsoDate {
  const date = new Date(`${entryIntoForce}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 180);
  return date.toISOString().slice(0, 10);
}

export interface ReportObligation {
  kind: "INITIAL" | "ANNUAL";
  /** For annual updates, the year whose 30 April is the deadline. */
  year: number | null;
  due: IsoDate;
}

/** Every report a State Party owed up to `until`: the initial one, then each 30 April after it was due. */
export function reportObligations(entryIntoForce: IsoDate, until: IsoDate, withdrawal: IsoDate | null = null): ReportObligation[] {
  const end = withdrawal && withdrawal < until ? withdrawal : until;
  const initial = initialReportDue(entryIntoForce);
  if (initial > end) return [];
  const obligations: ReportObligation[] = [{ kind: "INITIAL", year: null, due: initial }];
  for (let year = Number(initial.slice(0, 4)) + 1; `${year}-04-30` <= end; year++) {
    obligations.push({ kind: "ANNUAL", year, due: `${year}-04-30` });
  }
  return obligations;
}

export interface Submission {
  kind: "INITIAL" | "ANNUAL";
  year: number | null;
  submittedOn: IsoDate;
}

/**
 * NOT_RECORDED: past its due day with nothing recorded, on a day before the records are known to be complete. Nobody
 * has entered a report does not mean none was sent, so it is not called late.
 */
export const OBLIGATION_STATES = ["SUBMITTED", "SUBMITTED_LATE", "LATE", "NOT_RECORDED", "DUE"] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

export interface ObligationStatus extends ReportObligation {
  state: ObligationState;
  submittedOn: IsoDate | null;
}

/** What is said of a report past its due day with nothing recorded: late only where the records are complete. */
export function unrecordedState(due: IsoDate, recordsCompleteFrom: IsoDate | null): "LATE" | "NOT_RECORDED" {
  return recordsCompleteFrom !== null && due >= recordsCompleteFrom ? "LATE" : "NOT_RECORDED";
}

/**
 * Matches submissions to obligations. One past its due day on `today` with nothing recorded is late only when it fell
 * due on or after `recordsCompleteFrom` (the day from which an administrator says every report received is recorded);
 * before that, or with no such day, it is "no report recorded".
 */
export function obligationStatuses(
  obligations: readonly ReportObligation[],
  submissions: readonly Submission[],
  today: IsoDate,
  recordsCompleteFrom: IsoDate | null,
): ObligationStatus[] {
  return obligations.map((o) => {
    const match = submissions.find((s) => s.kind === o.kind && (o.kind === "INITIAL" || s.year === o.year));
    if (match) return { ...o, submittedOn: match.submittedOn, state: match.submittedOn <= o.due ? "SUBMITTED" : "SUBMITTED_LATE" };
    return { ...o, submittedOn: null, state: o.due < today ? unrecordedState(o.due, recordsCompleteFrom) : "DUE" };
  });
}
