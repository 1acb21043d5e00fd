import { renderCalendar } from "@/features/api/calendar/ics";
import { calendarFeedRoute } from "@/features/api/calendar/route";
import { calendarEntries } from "@/features/api/calendar/queries";
import { calendarWords } from "@/features/api/calendar/words";
import { todayIso } from "@/lib/domain/dates";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/locale";
import { toolEnv } from "@/platform/env";

export const GET = calendarFeedRoute(async ({ url, user, now }) => {
  // Links point at the public address (NEXTAUTH_URL behind a proxy); UIDs carry its host name.
  const origin = new URL(toolEnv().NEXTAUTH_URL ?? url.origin).origin;
  // A calendar program sends no useful language: the feed speaks the one its owner chose.
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const entries = await calendarEntries(user, todayIso(now), locale);
  const ics = renderCalendar(entries, { name: `Adhere — ${user.name}`, origin, domain: new URL(origin).hostname, now, words: calendarWords(locale) });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="adhere.ics"',
      "Cache-Control": "private, no-store",
    },
  });
});
