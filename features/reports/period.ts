import "server-only";
import { db } from "@/platform/db";
import { isIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** Why the period asked for was not used: the page says it in the reader's language. */
  error?: "startAfterEnd" | "dateNotUnderstood";
}

/** `?from=&to=`, defaulting to the last meeting that has ended → today. */
export async function resolvePeriod(rawFrom: string, rawTo: string, today: IsoDate): Promise<Period> {
  const lastMeeting = await db().meeting.findFirst({
    where: { endDate: { lte: new Date(`${today}T00:00:00Z`) } },
    orderBy: { endDate: "desc" },
    select: { endDate: true },
  });
  const defaultFrom = lastMeeting ? toIsoDate(lastMeeting.endDate) : `${today.slice(0, 4)}-01-01`;
  const to = isIsoDate(rawTo) && rawTo <= today ? rawTo : today;
  const from = isIsoDate(rawFrom) ? rawFrom : defaultFrom;
  if (from > to) return { from: defaultFrom <= to ? defaultFrom : to, to, error: "startAfterEnd" };
  const error = (rawFrom && !isIsoDate(rawFrom)) || (rawTo && !isIsoDate(rawTo)) ? "dateNotUnderstood" : undefined;
  return { from, to, error };
}
