import type { ContactChannel } from "./contacts";
import type { IsoDate } from "./dates";
import type { Locale } from "./locale";
import type { MeetingKind } from "./pledges";

/**
 * Everything a calendar feed says in words, in one language; what users typed is passed through as written. The
 * words come from the message catalogs (features/api/calendar/words.ts): this module holds no text.
 */
export interface CalendarWords {
  locale: Locale;
  meetingKind: (kind: MeetingKind) => string;
  channel: (channel: ContactChannel) => string;
  calendarDescription: string;
  restricted: string;
  pledged: (actor: string, text: string) => string;
  said: (dueText: string) => string;
  pledgeDue: (said: string, actor: string, text: string) => string;
  pledgeWindowEnds: (said: string, actor: string, text: string) => string;
  dueWindow: (said: string, from: IsoDate, to: IsoDate) => string;
  reviewSaid: (dueText: string) => string;
  reviewPledge: (said: string, actor: string, text: string) => string;
  planned: (actor: string, targets: string, channel: string) => string;
  nextStep: (targets: string, step: string) => string;
  followsContact: (step: string, date: IsoDate, actor: string, summary: string) => string;
  initialReportDue: (state: string) => string;
  initialReportWhy: (state: string, entryIntoForce: IsoDate) => string;
  annualDue: (count: number) => string;
  annualWhy: (year: number, states: string) => string;
}
