import { isIsoDate, type IsoDate } from "./dates";

/** How precisely a date was given, from an exact day to "very soon". */
export const DATE_PRECISIONS = ["DAY", "DAY_RANGE", "MONTH", "QUARTER", "HALF", "SEASON", "YEAR", "UNSPECIFIED"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as it was said ("mid-2013"), with the window of days it can mean. */
export interface FuzzyDate {
  text: string;
  precision: DatePrecision;
  /** Null only for UNSPECIFIED ("very soon", "in the near future"). */
  earliest: IsoDate | null;
  latest: IsoDate | null;
}

export type Hemisphere = "north" | "south";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const pad = (n: number) => String(n).padStart(2, "0");
const day = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthSpan = (y: number, from: number, to: number) => ({ earliest: day(y, from, 1), latest: day(y, to, lastDay(y, to)) });

function seasonSpan(season: string, year: number, hemisphere: Hemisphere) {
  const north: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
  const south: Record<string, [number, number]> = { spring: [9, 11], summer: [12, 2], autumn: [3, 5], fall: [3, 5] };
  if (season === "winter") {
    // Northern winter spans the turn of the year: December of `year` to February of the next.
    return hemisphere === "north" ? { earliest: day(year, 12, 1), latest: day(year + 1, 2, lastDay(year + 1, 2)) } : monthSpan(year, 6, 8);
  }
  const [from, to] = (hemisphere === "north" ? north : south)[season];
  if (from > to) return { earliest: day(year, from, 1), latest: day(year + 1, to, lastDay(year + 1, to)) };
  return monthSpan(year, from, to);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^(by|in|during|around|from|as of|before|until|on)\s+/, "")
    .replace(/^the\s+/, "")
    .trim();
}

// Matched after leading words such as "in" are stripped, so "in due course" arrives as "due course".
const UNSPECIFIED =
  /^(very soon|soon|shortly|imminent(ly)?|(in )?(the )?near future|as soon as possible|asap|(in )?due course|(at )?a later stage|later|tbd|unknown)$/;

export interface ParseOptions {
  /** The day the words were said: gives the year when none is named, and "this"/"next". */
  reference: IsoDate;
  hemisphere?: Hemisphere;
}

/**
 * Reads dates as delegates say them: "22-23 May", "mid-2013", "this Spring", "June", "Q3 2013",
 * "early 2014", "very soon". Returns null when the text is not a date at all.
 */
export function parseFuzzyDate(input: string, options: ParseOptions): FuzzyDate | null {
  const text = input.trim().replace(/\s+/g, " ");
  if (!text) return null;
  const s = normalise(text);
  const refYear = Number(options.reference.slice(0, 4));
  const hemisphere = options.hemisphere ?? "north";
  const result = (precision: DatePrecision, span: { earliest: IsoDate; latest: IsoDate } | null): FuzzyDate => ({
    text,
    precision,
    earliest: span?.earliest ?? null,
    latest: span?.latest ?? null,
  });

  if (UNSPECIFIED.test(s)) return result("UNSPECIFIED", null);
  if (isIsoDate(s)) return result("DAY", { earliest: s, latest: s });

  const yearOf = (token: string | undefined, relative?: string) => {
    if (token) return Number(token);
    if (relative === "next") return refYear + 1;
    return refYear;
  };
  let m: RegExpExecArray | null;

  // "22-23 May 2013", "22 - 23 may"
  if ((m = new RegExp(`^(\\d{1,2}) ?- ?(\\d{1,2}) (${MONTH_NAMES})\\.?(?: (\\d{4}))?$`).exec(s))) {
    const [, d1, d2, mon, y] = m;
    const year = yearOf(y);
    const month = MONTHS[mon];
    const a = Number(d1);
    const b = Number(d2);
    if (a < 1 || b > lastDay(year, month) || a > b) return null;
    return result("DAY_RANGE", { earliest: day(year, month, a), latest: day(year, month, b) });
  }
  // "22 May 2013", "22 May", "May 22, 2013"
  if (
    (m = new RegExp(`^(\\d{1,2}) (${MONTH_NAMES})\\.?(?: (\\d{4}))?$`).exec(s)) ||
    (m = new RegExp(`^(${MONTH_NAMES})\\.? (\\d{1,2}),?(?: (\\d{4}))?$`).exec(s))
  ) {
    const numericFirst = /^\d/.test(m[1]);
    const d = Number(numericFirst ? m[1] : m[2]);
    const month = MONTHS[numericFirst ? m[2] : m[1]];
    const year = yearOf(m[3]);
    if (d < 1 || d > lastDay(year, month)) return null;
    return result("DAY", { earliest: day(year, month, d), latest: day(year, month, d) });
  }
  // "June", "June 2013", "early June", "end of June 2013"
  if ((m = new RegExp(`^(?:(early|mid|late|end of|beginning of|start of)[ -])?(${MONTH_NAMES})\\.?(?: (\\d{4}))?$`).exec(s))) {
    const [, part, mon, y] = m;
    const year = yearOf(y);
    const month = MONTHS[mon];
    const last = lastDay(year, month);
    if (part === "early" || part === "beginning of" || part === "start of")
      return result("MONTH", { earliest: day(year, month, 1), latest: day(year, month, 10) });
    if (part === "mid") return result("MONTH", { earliest: day(year, month, 11), latest: day(year, month, 20) });
    if (part === "late" || part === "end of") return result("MONTH", { earliest: day(year, month, 21), latest: day(year, month, last) });
    return result("MONTH", monthSpan(year, month, month));
  }
  // "2013-06"
  if ((m = /^(\d{4})-(\d{2})$/.exec(s)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return result("MONTH", monthSpan(Number(m[1]), Number(m[2]), Number(m[2])));
  }
  // "Q3 2013", "third quarter of 2013", "Q2"
  if ((m = /^q([1-4])(?: (\d{4}))?$/.exec(s)) || (m = /^(first|second|third|fourth) quarter(?: of)?(?: (\d{4}))?$/.exec(s))) {
    const q = { first: 1, second: 2, third: 3, fourth: 4 }[m[1]] ?? Number(m[1]);
    const from = (q - 1) * 3 + 1;
    return result("QUARTER", monthSpan(yearOf(m[2]), from, from + 2));
  }
  // "mid-2013", "mid 2013", "mid-year"
  if ((m = /^(?:mid|middle of)[ -]?(\d{4}|year|this year|next year)$/.exec(s))) {
    const year = /^\d{4}$/.test(m[1]) ? Number(m[1]) : m[1] === "next year" ? refYear + 1 : refYear;
    return result("HALF", monthSpan(year, 6, 7));
  }
  // "H1 2013", "first half of 2013", "early 2013", "late 2013", "end of 2013", "second half"
  if ((m = /^h([12])(?: (\d{4}))?$/.exec(s)) || (m = /^(first|second) half(?: of)?(?: (\d{4}))?$/.exec(s))) {
    const first = m[1] === "1" || m[1] === "first";
    return result("HALF", monthSpan(yearOf(m[2]), first ? 1 : 7, first ? 6 : 12));
  }
  if ((m = /^(early|beginning of|start of|late|end of|the end of)[ -](\d{4}|this year|next year)$/.exec(s))) {
    const year = /^\d{4}$/.test(m[2]) ? Number(m[2]) : m[2] === "next year" ? refYear + 1 : refYear;
    const early = ["early", "beginning of", "start of"].includes(m[1]);
    return result("HALF", early ? monthSpan(year, 1, 4) : monthSpan(year, 9, 12));
  }
  // "spring", "this Spring", "autumn 2013", "next summer"
  if ((m = /^(?:(this|next) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/.exec(s))) {
    return result("SEASON", seasonSpan(m[2], yearOf(m[3], m[1]), hemisphere));
  }
  // "2013", "this year", "next year", "in 2014"
  if ((m = /^(\d{4})$/.exec(s))) return result("YEAR", monthSpan(Number(m[1]), 1, 12));
  if (s === "this year" || s === "next year") return result("YEAR", monthSpan(s === "next year" ? refYear + 1 : refYear, 1, 12));
  return null;
}

/** "mid-2013" stays as said; the window is what a tooltip or a screen reader adds. */
export function describeWindow(date: FuzzyDate, format: (d: IsoDate) => string): string {
  if (!date.earliest || !date.latest) return "no date given";
  if (date.earliest === date.latest) return format(date.earliest);
  return `between ${format(date.earliest)} and ${format(date.latest)}`;
}
