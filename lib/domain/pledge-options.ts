import { isOpenStatus, type PledgeStatus } from "./pledges";
import { foldForSearch } from "./state-search";

/**
 * The contact form's pledge picker: what it may ask for (GET /contacts/pledge-options) and how the answers are
 * chosen, ordered and labelled. Nothing here reads the database.
 */

/** Pledges suggested for the contact's states and actor before anything is typed. */
export const PLEDGE_SUGGESTIONS = 10;
/** The most pledges one search answers with. */
export const PLEDGE_SEARCH_MAX = 20;
/** A search needs this many characters (the trigram index needs three); fewer shows the suggestions. */
export const PLEDGE_QUERY_MIN = 3;
export const PLEDGE_QUERY_MAX = 200;
export const PLEDGE_TARGETS_MAX = 20;
const LABEL_TEXT_MAX = 90;

export interface PledgeOptionsQuery {
  /** The search text, trimmed; "" (or shorter than PLEDGE_QUERY_MIN) asks for suggestions. */
  q: string;
  /** ISO3 codes of the contact's target states, upper case, without repeats. */
  targets: string[];
  /** Who reached out. */
  actorId: string | null;
}

export type ParsedPledgeOptionsQuery = { ok: true; query: PledgeOptionsQuery } | { ok: false; problem: "q" | "targets" | "actor" };

const ID = /^[a-z0-9]{10,40}$/i;
const ISO3 = /^[A-Z]{3}$/;
// Control characters (NUL above all: PostgreSQL refuses it in text) are never part of a pledge or a name.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Reads `q`, `targets` (codes separated by commas or spaces) and `actor`; each may be given once at most. */
export function parsePledgeOptionsQuery(params: URLSearchParams): ParsedPledgeOptionsQuery {
  const one = (name: string): string | null | false => {
    const values = params.getAll(name);
    return values.length === 0 ? null : values.length === 1 ? values[0] : false;
  };
  const q = one("q");
  if (q === false || (q !== null && (q.length > PLEDGE_QUERY_MAX || CONTROL.test(q)))) return { ok: false, problem: "q" };
  const targetsText = one("targets");
  if (targetsText === false || (targetsText !== null && targetsText.length > PLEDGE_TARGETS_MAX * 4 + 10)) return { ok: false, problem: "targets" };
  const targets = [
    ...new Set(
      (targetsText ?? "")
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ];
  if (targets.length > PLEDGE_TARGETS_MAX || !targets.every((c) => ISO3.test(c))) return { ok: false, problem: "targets" };
  const actor = one("actor");
  if (actor === false || (actor !== null && actor !== "" && !ID.test(actor))) return { ok: false, problem: "actor" };
  return { ok: true, query: { q: (q ?? "").trim(), targets, actorId: actor || null } };
}

/** Whether the query is a search (enough text) rather than a request for suggestions. */
export function isPledgeSearch(query: PledgeOptionsQuery): boolean {
  return foldForSearch(query.q).length >= PLEDGE_QUERY_MIN;
}

export interface NamedActor {
  id: string;
  /** Set for a state. */
  stateIso3: string | null;
  /** Its names as stored: a state's or an organisation's name, short name and aliases. */
  names: readonly string[];
}

/**
 * The actors a search text names: by a name as stored, an alias or a short name, a state's code, or one of
 * `otherNames` (a state's French and Spanish names; given by the caller so that this module, which the browser
 * loads, stays small).
 */
export function actorsNamed(text: string, actors: readonly NamedActor[], otherNames: (iso3: string) => readonly string[] = () => []): string[] {
  const needle = foldForSearch(text);
  if (needle.length < PLEDGE_QUERY_MIN) return [];
  return actors
    .filter(
      (a) =>
        a.stateIso3?.toLowerCase() === needle ||
        [...a.names, ...(a.stateIso3 ? otherNames(a.stateIso3) : [])].some((name) => name && foldForSearch(name).includes(needle)),
    )
    .map((a) => a.id);
}

/** `text` for a LIKE pattern: its own `%`, `_` and `\` match themselves. */
export function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

interface Suggestion {
  id: string;
  status: PledgeStatus;
}

/**
 * Suggestions: pledges concerning the contact's states before those of its actor, open ones (open or in progress)
 * before the others, each list keeping its own order otherwise; no pledge twice; at most `limit`.
 */
export function mergeSuggestions<T extends Suggestion>(aboutStates: readonly T[], byActor: readonly T[], limit = PLEDGE_SUGGESTIONS): T[] {
  const seen = new Set<string>();
  const all = [...aboutStates, ...byActor].filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
  return [...all.filter((p) => isOpenStatus(p.status)), ...all.filter((p) => !isOpenStatus(p.status))].slice(0, limit);
}

/** "Chad: Deposit the instrument of ratification. (kept)": who, what (shortened), and the status unless open. */
export function pledgeOptionLabel(
  pledge: { actor: string; text: string; status: PledgeStatus },
  statusLabel: (status: PledgeStatus) => string,
): string {
  const text = pledge.text.length > LABEL_TEXT_MAX ? `${pledge.text.slice(0, LABEL_TEXT_MAX - 1)}…` : pledge.text;
  return `${pledge.actor}: ${text}${isOpenStatus(pledge.status) ? "" : ` (${statusLabel(pledge.status).toLowerCase()})`}`;
}
