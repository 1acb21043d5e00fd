import { isIsoDate, type IsoDate } from "./dates";

export interface AsOf {
  date: IsoDate;
  /** True when no date was asked for: the view shows today. */
  isToday: boolean;
  /** Set when the asked-for date could not be used. */
  error?: string;
}

export const EARLIEST_AS_OF: IsoDate = "2008-05-30"; // the Convention's adoption in Dublin

/** Reads the shareable `?asOf=` parameter; a bad value falls back to today with a message. */
export function parseAsOf(raw: string | string[] | undefined, today: IsoDate): AsOf {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return { date: today, isToday: true };
  if (!isIsoDate(value)) return { date: today, isToday: true, error: `"${value}" is not a date; showing today.` };
  if (value < EARLIEST_AS_OF) {
    return { date: today, isToday: true, error: "The Convention did not exist before 30 May 2008; showing today." };
  }
  if (value > today) return { date: today, isToday: true, error: "That date is in the future; showing today." };
  return { date: value, isToday: value === today };
}
