import { parseAsOf, type AsOf } from "./as-of";
import { isIsoDate, type IsoDate } from "./dates";
import { MEETING_KINDS, PLEDGE_KINDS, PLEDGE_STATUSES, type MeetingKind, type PledgeKind, type PledgeStatus } from "./pledges";
import { REGIONS, type Region } from "./reference-data";
import { STATUS_KINDS, type StatusKind } from "./status";

// The filters of the states, pledges and meetings lists, read from URL parameters. The pages and the read API
// (/api/v1/…) read the same parameters with the same names; a page quietly drops a value it cannot use, the API
// answers 400 and says which parameter was wrong.

export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter that could not be used, and why. */
export interface ParamProblem {
  param: string;
  message: string;
}

export interface Parsed<F> {
  filter: F;
  problems: ParamProblem[];
}

const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();
const ID = /^[a-z0-9]{10,40}$/i;

function reader(params: SearchParams, problems: ParamProblem[]) {
  return {
    text: (name: string) => first(params[name]),
    oneOf<T extends string>(name: string, options: readonly T[]): T | undefined {
      const value = first(params[name]);
      if (!value) return undefined;
      if ((options as readonly string[]).includes(value)) return value as T;
      problems.push({ param: name, message: `"${value}" is not one of ${options.join(", ")}.` });
      return undefined;
    },
    id(name: string): string | undefined {
      const value = first(params[name]);
      if (!value) return undefined;
      if (ID.test(value)) return value;
      problems.push({ param: name, message: `"${value}" is not an identifier.` });
      return undefined;
    },
    iso3(name: string): string | undefined {
      const value = first(params[name]);
      if (!value) return undefined;
      if (/^[a-z]{3}$/i.test(value)) return value.toUpperCase();
      problems.push({ param: name, message: `"${value}" is not a three-letter state code.` });
      return undefined;
    },
    date(name: string): IsoDate | undefined {
      const value = first(params[name]);
      if (!value) return undefined;
      if (isIsoDate(value)) return value;
      problems.push({ param: name, message: `"${value}" is not a date (YYYY-MM-DD).` });
      return undefined;
    },
    flag(name: string): boolean {
      const value = first(params[name]);
      if (!value || value === "0") return false;
      if (value === "1") return true;
      problems.push({ param: name, message: `Use 1 (or leave it out), not "${value}".` });
      return false;
    },
  };
}

/** The states list: `?asOf=&region=&status=&q=&stalled=1&sort=no-contact|no-contact-asc`. */
export const STATE_SORTS = { "no-contact": "since-desc", "no-contact-asc": "since-asc" } as const;
export type StateSortParam = keyof typeof STATE_SORTS;

export interface StateFilterParams {
  asOf: AsOf;
  region?: Region;
  status?: StatusKind;
  q: string;
  stalledOnly: boolean;
  sort?: StateSortParam;
}

export function parseStateFilter(params: SearchParams, today: IsoDate): Parsed<StateFilterParams> {
  const problems: ParamProblem[] = [];
  const read = reader(params, problems);
  const asOf = parseAsOf(read.text("asOf") || undefined, today);
  if (asOf.error) problems.push({ param: "asOf", message: asOf.error.replace(/; showing today\.$/, ".") });
  const q = read.text("q");
  if (q.length > 100) problems.push({ param: "q", message: "Search for at most 100 characters." });
  return {
    filter: {
      asOf,
      region: read.oneOf("region", REGIONS),
      status: read.oneOf("status", STATUS_KINDS),
      q: q.slice(0, 100),
      stalledOnly: read.flag("stalled"),
      sort: read.oneOf("sort", Object.keys(STATE_SORTS) as StateSortParam[]),
    },
    problems,
  };
}

/** The pledge board: `?status=&kind=&region=&meeting=&actor=&state=&due=overdue|30|90&page=` (state: made by or aimed at it). */
export const PLEDGE_DUE_FILTERS = ["overdue", "30", "90"] as const;

export interface PledgeFilterParams {
  status?: PledgeStatus;
  kind?: PledgeKind;
  region?: Region;
  meetingId?: string;
  actorId?: string;
  /** Pledges concerning a state: made by it or aimed at it (as its page lists them). */
  stateIso3?: string;
  due?: (typeof PLEDGE_DUE_FILTERS)[number];
  overdue: boolean;
  dueWithinDays?: number;
}

export function parsePledgeFilter(params: SearchParams): Parsed<PledgeFilterParams> {
  const problems: ParamProblem[] = [];
  const read = reader(params, problems);
  const due = read.oneOf("due", PLEDGE_DUE_FILTERS);
  return {
    filter: {
      status: read.oneOf("status", PLEDGE_STATUSES),
      kind: read.oneOf("kind", PLEDGE_KINDS),
      region: read.oneOf("region", REGIONS),
      meetingId: read.id("meeting"),
      actorId: read.id("actor"),
      stateIso3: read.iso3("state"),
      due,
      overdue: due === "overdue",
      dueWithinDays: due === "30" ? 30 : due === "90" ? 90 : undefined,
    },
    problems,
  };
}

/** The meetings list: `?kind=&from=&to=` (meetings overlapping the period). */
export interface MeetingFilterParams {
  kind?: MeetingKind;
  from?: IsoDate;
  to?: IsoDate;
}

export function parseMeetingFilter(params: SearchParams): Parsed<MeetingFilterParams> {
  const problems: ParamProblem[] = [];
  const read = reader(params, problems);
  const filter = { kind: read.oneOf("kind", MEETING_KINDS), from: read.date("from"), to: read.date("to") };
  if (filter.from && filter.to && filter.from > filter.to) problems.push({ param: "to", message: "“to” is earlier than “from”." });
  return { filter, problems };
}

/** Page and page size of an API list: `?page=1&limit=50`, limit 1–100. Out of bounds is an error, not clamped. */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 100;
export const MAX_PAGE = 10_000;

export interface PageRequest {
  page: number;
  limit: number;
}

export function parsePageRequest(params: SearchParams): Parsed<PageRequest> {
  const problems: ParamProblem[] = [];
  const whole = (name: string, fallback: number, max: number) => {
    const value = first(params[name]);
    if (!value) return fallback;
    const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= max) return n;
    problems.push({ param: name, message: `"${value}" is not a whole number from 1 to ${max}.` });
    return fallback;
  };
  return { filter: { page: whole("page", 1, MAX_PAGE), limit: whole("limit", DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT) }, problems };
}

/** Parameters an API list does not know (a typo such as `regoin` would otherwise silently match everything). */
export function unknownParams(params: SearchParams, known: readonly string[]): ParamProblem[] {
  return Object.keys(params)
    .filter((name) => !known.includes(name))
    .map((param) => ({ param, message: `Unknown parameter; this list takes ${known.join(", ")}.` }));
}

/** Repeated parameters (`?region=Africa&region=Asia`) are not supported: the first would win unnoticed. */
export function repeatedParams(params: SearchParams): ParamProblem[] {
  return Object.entries(params)
    .filter(([, v]) => Array.isArray(v) && v.length > 1)
    .map(([param]) => ({ param, message: "Give this parameter once." }));
}

export interface PageInfo {
  page: number;
  limit: number;
  total: number;
  pageCount: number;
}

export function pageInfo(request: PageRequest, total: number): PageInfo {
  return { page: request.page, limit: request.limit, total, pageCount: Math.max(1, Math.ceil(total / request.limit)) };
}

/** The slice of an in-memory list a page asks for. */
export function pageOf<T>(rows: readonly T[], request: PageRequest): T[] {
  const start = (request.page - 1) * request.limit;
  return rows.slice(start, start + request.limit);
}
