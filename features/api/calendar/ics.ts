import ical, { ICalEventTransparency } from "ical-generator";
import type { CalendarEntry } from "@/lib/domain/calendar";
import type { CalendarWords } from "@/lib/domain/calendar-words";
import { calendarWords } from "./words";
import { addDays } from "@/lib/domain/contacts";

const midnightUtc = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * The entries as an iCalendar (RFC 5545) document: whole-day events (DTSTART/DTEND as DATE, the end exclusive),
 * marked free so they do not block anyone's availability, with UIDs stable across fetches.
 */
export function renderCalendar(
  entries: readonly CalendarEntry[],
  options: { name: string; origin: string; domain: string; now: Date; words?: CalendarWords },
): string {
  const words = options.words ?? calendarWords("en");
  const calendar = ical({
    name: options.name,
    description: words.calendarDescription,
    prodId: { company: "Adhere", product: "Adhere calendar feed", language: words.locale.toUpperCase() },
    ttl: 60 * 60 * 3,
  });
  for (const e of entries) {
    calendar.createEvent({
      id: `${e.uid}@${options.domain}`,
      start: midnightUtc(e.start),
      end: midnightUtc(addDays(e.end, 1)),
      allDay: true,
      stamp: options.now,
      summary: e.summary,
      description: e.path ? `${e.description}\n\n${options.origin}${e.path}` : e.description,
      location: e.location ?? null,
      url: e.path ? `${options.origin}${e.path}` : null,
      categories: [{ name: e.category }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
