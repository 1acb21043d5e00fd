import { obligationStatuses, reportObligations, type Submission } from "./article7";
import type { CalendarWords } from "./calendar-words";
import { addDays, daysBetween, type ContactChannel, type Sensitivity } from "./contacts";
import { compareNames } from "./state-names";
import type { IsoDate } from "./dates";
import type { MeetingKind } from "./pledges";

/**
 * One entry of a user's calendar feed. Every entry is a whole-day event (Adhere's dates have no time of day);
 * `end` is the last day, inclusive. `uid` stays the same across fetches, so a calendar updates an entry in place
 * instead of adding a copy.
 */
export interface CalendarEntry {
  uid: string;
  summary: string;
  description: string;
  start: IsoDate;
  end: IsoDate;
  location?: string;
  /** Path of the record in Adhere, e.g. "/pledges/…". */
  path?: string;
  category: "Meeting" | "Pledge" | "Planned contact" | "Next step" | "Article 7";
}

/** A fuzzy due date spanning more than this many days becomes one entry on its last day, not a weeks-long bar. */
export const LONGEST_RANGE_DAYS = 14;

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface MeetingInput {
  id: string;
  name: string;
  kind: MeetingKind;
  place: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export function meetingEntry(m: MeetingInput, words: CalendarWords): CalendarEntry {
  return {
    uid: `meeting-${m.id}`,
    summary: m.name,
    description: `${words.meetingKind(m.kind)}${m.place ? `, ${m.place}` : ""}.`,
    start: m.startDate,
    end: m.endDate < m.startDate ? m.startDate : m.endDate,
    location: m.place || undefined,
    path: `/meetings/${m.id}`,
    category: "Meeting",
  };
}

export interface PledgeInput {
  id: string;
  text: string;
  actor: string;
  dueText: string;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  reviewOn: IsoDate | null;
}

/**
 * An open pledge's due date as said: an exact day is that day; a short window ("22–23 May", "early June") is a
 * range of days; a long one ("mid-2013", "Q3") is a reminder on its last day, with the window in the description.
 * A pledge with no date ("very soon") appears on its review day, if it has one.
 */
export function pledgeEntries(p: PledgeInput, words: CalendarWords): CalendarEntry[] {
  const base = { description: words.pledged(p.actor, p.text), path: `/pledges/${p.id}`, category: "Pledge" as const };
  if (p.dueLatest) {
    const earliest = p.dueEarliest ?? p.dueLatest;
    const said = p.dueText ? words.said(p.dueText) : "";
    const span = daysBetween(earliest, p.dueLatest) + 1;
    if (span <= LONGEST_RANGE_DAYS) {
      return [{ ...base, uid: `pledge-${p.id}`, summary: words.pledgeDue(said, p.actor, shorten(p.text)), start: earliest, end: p.dueLatest }];
    }
    const window = `\n\n${words.dueWindow(said, earliest, p.dueLatest)}`;
    return [
      {
        ...base,
        uid: `pledge-${p.id}`,
        summary: words.pledgeWindowEnds(said, p.actor, shorten(p.text)),
        description: base.description + window,
        start: p.dueLatest,
        end: p.dueLatest,
      },
    ];
  }
  if (p.reviewOn) {
    const said = p.dueText ? words.reviewSaid(p.dueText) : "";
    return [
      { ...base, uid: `pledge-review-${p.id}`, summary: words.reviewPledge(said, p.actor, shorten(p.text)), start: p.reviewOn, end: p.reviewOn },
    ];
  }
  return [];
}

export interface ContactInput {
  id: string;
  date: IsoDate;
  status: "PLANNED" | "DONE";
  actor: string;
  targets: string[];
  channel: ContactChannel;
  place: string;
  summary: string;
  nextStep: string;
  nextStepDue: IsoDate | null;
  nextStepDone: boolean;
  sensitivity: Sensitivity;
}

/** A planned contact on its day, and an open next step on its due day. Restricted ones say so in their title. */
export function contactEntries(c: ContactInput, words: CalendarWords): CalendarEntry[] {
  const restricted = c.sensitivity === "RESTRICTED" ? words.restricted : "";
  const targets = c.targets.join(", ");
  const entries: CalendarEntry[] = [];
  if (c.status === "PLANNED") {
    entries.push({
      uid: `contact-${c.id}`,
      summary: `${restricted}${words.planned(c.actor, targets, words.channel(c.channel))}`,
      description: c.summary,
      start: c.date,
      end: c.date,
      location: c.place || undefined,
      path: `/contacts/${c.id}`,
      category: "Planned contact",
    });
  }
  if (c.nextStep && c.nextStepDue && !c.nextStepDone) {
    entries.push({
      uid: `next-step-${c.id}`,
      summary: `${restricted}${words.nextStep(targets, shorten(c.nextStep))}`,
      description: words.followsContact(c.nextStep, c.date, c.actor, c.summary),
      start: c.nextStepDue,
      end: c.nextStepDue,
      path: `/contacts/${c.id}`,
      category: "Next step",
    });
  }
  return entries;
}

export interface Article7Input {
  iso3: string;
  name: string;
  entryIntoForce: IsoDate;
  withdrawal: IsoDate | null;
  submissions: Submission[];
}

/**
 * Article 7 deadlines from `from` to `until` that are not met yet: each initial report on its own day (per state),
 * and each 30 April as one entry listing the States Parties whose annual update is still outstanding.
 */
export function article7Entries(
  states: readonly Article7Input[],
  today: IsoDate,
  from: IsoDate,
  until: IsoDate,
  words: CalendarWords,
): CalendarEntry[] {
  const annual = new Map<number, string[]>();
  const entries: CalendarEntry[] = [];
  for (const s of states) {
    const owed = obligationStatuses(reportObligations(s.entryIntoForce, until, s.withdrawal), s.submissions, today, null);
    for (const o of owed) {
      if (o.due < from || o.submittedOn) continue;
      if (o.kind === "INITIAL") {
        entries.push({
          uid: `article7-initial-${s.iso3}`,
          summary: words.initialReportDue(s.name),
          description: words.initialReportWhy(s.name, s.entryIntoForce),
          start: o.due,
          end: o.due,
          path: `/states/${s.iso3}`,
          category: "Article 7",
        });
      } else if (o.year !== null) {
        annual.set(o.year, [...(annual.get(o.year) ?? []), s.name]);
      }
    }
  }
  for (const [year, names] of [...annual].sort(([a], [b]) => a - b)) {
    const sorted = [...names].sort(compareNames(words.locale));
    entries.push({
      uid: `article7-annual-${year}`,
      summary: words.annualDue(sorted.length),
      description: words.annualWhy(year, sorted.join(", ")),
      start: `${year}-04-30`,
      end: `${year}-04-30`,
      category: "Article 7",
    });
  }
  return entries;
}

/** The period the feed covers for deadlines: a year back (recent lapses) to two years ahead. */
export function feedWindow(today: IsoDate): { from: IsoDate; until: IsoDate } {
  return { from: addDays(today, -365), until: addDays(today, 730) };
}
