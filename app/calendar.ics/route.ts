import { renderCalendar } from "@/lib/calendar/ics";
import { calendarFeedRoute } from "@/lib/calendar/route";
import { calendarEntries } from "@/lib/data/calendar";
import { todayIso } from "@/lib/domain/dates";
import { toolEnv } from "@/lib/env";

export const GET = calendarFeedRoute(async ({ url, user, now }) => {
  // Links point at the public address (NEXTAUTH_URL behind a proxy); UIDs carry its host name.
  const origin = new URL(toolEnv().NEXTAUTH_URL ?? url.origin).origin;
  const entries = await calendarEntries(user, todayIso(now));
  const ics = renderCalendar(entries, { name: `Adhere — ${user.name}`, origin, domain: new URL(origin).hostname, now });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="adhere.ics"',
      "Cache-Control": "private, no-store",
    },
  });
});
