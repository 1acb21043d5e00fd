import "server-only";
import { db } from "@/lib/db";
import { isIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";

export interface Period {
  from: IsoDate;
  to: IsoDate;
  error?: string;
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
  if (from > to) return { from: defaultFrom <= to ? defaultFrom : to, to, error: "The start of the period was after its end; showing the default period." };
  const error = (rawFrom && !isIsoDate(rawFrom)) || (rawTo && !isIsoDate(rawTo)) ? "A date was not understood; showing the default for it." : undefined;
  return { from, to, error };
}
