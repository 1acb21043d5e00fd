import { CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_STATUSES, type ContactChannel, type ContactOutcome, type ContactStatus } from "./contacts";
import { isIsoDate, type IsoDate } from "./dates";
import { REGIONS, type Region } from "./reference-data";

/** The contact log's filters, read from the URL; the page and the CSV export read the same ones. */
export interface ContactFilter {
  q?: string;
  target?: string;
  actorId?: string;
  region?: Region;
  channel?: ContactChannel;
  outcome?: ContactOutcome;
  status?: ContactStatus;
  from?: IsoDate;
  to?: IsoDate;
  overdue?: boolean;
  /** The deleted contacts instead of the live ones (administrators only; ignored for others). */
  deleted?: boolean;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** What was wrong with the filters, for a page to say in the reader's language. */
export type ContactFilterIssue = { kind: "notADate"; field: "from" | "to"; value: string } | { kind: "fromAfterTo" };

const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();
const oneOf = <T extends string>(value: string, options: readonly T[]) => ((options as readonly string[]).includes(value) ? (value as T) : undefined);

export function searchParamsOf(url: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.keys())) params[key] = url.getAll(key);
  return params;
}

export function parseContactFilter(params: SearchParams): { filter: ContactFilter; issues: ContactFilterIssue[] } {
  const issues: ContactFilterIssue[] = [];
  const date = (name: "from" | "to") => {
    const value = first(params[name]);
    if (!value) return undefined;
    if (isIsoDate(value)) return value;
    issues.push({ kind: "notADate", field: name, value });
    return undefined;
  };
  const target = first(params.target).toUpperCase();
  const actor = first(params.actor);
  const filter: ContactFilter = {
    q: first(params.q).slice(0, 200) || undefined,
    target: /^[A-Z]{3}$/.test(target) ? target : undefined,
    actorId: /^[a-z0-9]{10,40}$/i.test(actor) ? actor : undefined,
    region: oneOf(first(params.region), REGIONS),
    channel: oneOf(first(params.channel), CONTACT_CHANNELS),
    outcome: oneOf(first(params.outcome), CONTACT_OUTCOMES),
    status: oneOf(first(params.status), CONTACT_STATUSES),
    from: date("from"),
    to: date("to"),
    overdue: first(params.overdue) === "1" || undefined,
    deleted: first(params.deleted) === "1" || undefined,
  };
  if (filter.from && filter.to && filter.from > filter.to) issues.push({ kind: "fromAfterTo" });
  return { filter, issues };
}

/** The filter as URL parameters (for pagination links and the CSV export link). */
export function contactFilterParams(filter: ContactFilter): URLSearchParams {
  const entries: [string, string | undefined][] = [
    ["q", filter.q],
    ["target", filter.target],
    ["actor", filter.actorId],
    ["region", filter.region],
    ["channel", filter.channel],
    ["outcome", filter.outcome],
    ["status", filter.status],
    ["from", filter.from],
    ["to", filter.to],
    ["overdue", filter.overdue ? "1" : undefined],
    ["deleted", filter.deleted ? "1" : undefined],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1])));
}
