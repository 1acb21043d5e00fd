import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from "./locale";
/** A calendar day, "YYYY-MM-DD". Treaty dates have no time of day, so the domain never uses Date for them. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Dates stored as PostgreSQL `date` arrive as midnight UTC. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/** The first day of the month `months` after the month of `day`. */
export function firstDayOfMonthAfter(day: IsoDate, months: number): IsoDate {
  const [y, m] = day.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const LONG_DATE = new Map(
  (Object.keys(LOCALE_TAG) as Locale[]).map((locale) => [
    locale,
    new Intl.DateTimeFormat(LOCALE_TAG[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  ]),
);

/** "1 September 2013", "1 septembre 2013", "1 de septiembre de 2013": never a numeric date a reader could misread. */
export function formatLongDate(day: IsoDate, locale: Locale = DEFAULT_LOCALE): string {
  return LONG_DATE.get(locale)!.format(fromIsoDate(day));
}

/** "200,000", "200 000", "200.000": counts written the way each language writes them. */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale]).format(value);
}

const RANGE_FORMATS = {
  day: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function lastDayOfMonth(day: IsoDate): boolean {
  return firstDayOfMonthAfter(day, 1) === addOneDay(day);
}

function addOneDay(day: IsoDate): IsoDate {
  return toIsoDate(new Date(fromIsoDate(day).getTime() + 86_400_000));
}

/**
 * The window a fuzzy date means, short and with its year, for lists that span years: "22–23 May 2013",
 * "Mar – May 2013", "Dec 2013 – Jan 2014", "2014"; whole months and years are written as such.
 */
export function formatDayRange(earliest: IsoDate, latest: IsoDate, locale: Locale = DEFAULT_LOCALE): string {
  const wholeMonths = earliest.endsWith("-01") && lastDayOfMonth(latest);
  const wholeYears = wholeMonths && earliest.slice(5) === "01-01" && latest.slice(5) === "12-31";
  const unit = wholeYears ? "year" : wholeMonths ? "month" : "day";
  const format = new Intl.DateTimeFormat(LOCALE_TAG[locale], { ...RANGE_FORMATS[unit], timeZone: "UTC" });
  if (earliest === latest || (unit === "year" && earliest.slice(0, 4) === latest.slice(0, 4))) return format.format(fromIsoDate(earliest));
  // ICU versions space the dash differently (Node: thin spaces, Chromium: plain ones); the page is rendered by both.
  return format.formatRange(fromIsoDate(earliest), fromIsoDate(latest)).replace(/[\u2009\u202f]/g, " ");
}
