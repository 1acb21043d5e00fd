import { isIsoDate, type IsoDate } from "./dates";

/** The audit log's view, as it is written in the URL (`?user=&entity=&action=&from=&to=&cursor=`), so it can be shared. */
export interface AuditFilter {
  user?: string;
  entity?: string;
  action?: string;
  from?: IsoDate;
  /** Inclusive: the whole of that day (UTC). */
  to?: IsoDate;
  /** The id of the last event of the previous page: the next page starts after it. */
  cursor?: string;
}

/** Something in the address that could not be used; the page says it in the reader's language. */
export type AuditFilterProblem =
  | { kind: "user" }
  | { kind: "name"; field: "entity" | "action"; value: string }
  | { kind: "date"; field: "from" | "to"; value: string }
  | { kind: "range" };

export interface ParsedAuditFilter {
  filter: AuditFilter;
  /** What could not be used; the rest of the filter still applies. */
  problems: AuditFilterProblem[];
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const NAME = /^[A-Za-z][\w.-]{0,63}$/;

export function parseAuditFilter(params: Params): ParsedAuditFilter {
  const filter: AuditFilter = {};
  const problems: AuditFilterProblem[] = [];
  const user = first(params.user);
  if (user) {
    if (/^[a-z0-9]{1,64}$/i.test(user)) filter.user = user;
    else problems.push({ kind: "user" });
  }
  for (const key of ["entity", "action"] as const) {
    const value = first(params[key]);
    if (value) {
      if (NAME.test(value)) filter[key] = value;
      else problems.push({ kind: "name", field: key, value });
    }
  }
  for (const key of ["from", "to"] as const) {
    const value = first(params[key]);
    if (value) {
      if (isIsoDate(value)) filter[key] = value;
      else problems.push({ kind: "date", field: key, value });
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push({ kind: "range" });
    delete filter.from;
    delete filter.to;
  }
  const cursor = first(params.cursor);
  if (cursor && /^\d{1,19}$/.test(cursor)) filter.cursor = cursor;
  return { filter, problems };
}

/** The same view with other values, for links (next page, first page); empty values are left out. */
export function auditHref(filter: AuditFilter, changes: Partial<Record<keyof AuditFilter, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { ...filter, ...changes };
  const query = new URLSearchParams();
  for (const key of ["user", "entity", "action", "from", "to", "cursor"]) {
    const value = merged[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
