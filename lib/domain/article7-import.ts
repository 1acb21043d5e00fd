import { isIsoDate, type IsoDate } from "./dates";
import { say, type Message } from "./message";
import { foldForSearch } from "./state-search";
import { otherLanguageNames } from "./state-names";

/** The most rows one upload may hold: a full year of every State Party fits many times over. */
export const ARTICLE7_IMPORT_MAX_ROWS = 2000;
export const ARTICLE7_LINK_MAX = 2000;

/** One record of the file, with the line of the file it ends on (a quoted field may span lines). */
export interface ImportLine {
  line: number;
  cells: readonly string[];
}

export interface KnownState {
  iso3: string;
  name: string;
  aliases: readonly string[];
}

export interface RecordedReport {
  iso3: string;
  kind: "INITIAL" | "ANNUAL";
  year: number | null;
  submittedOn: IsoDate;
}

export interface PlannedReport {
  iso3: string;
  name: string;
  kind: "INITIAL" | "ANNUAL";
  year: number | null;
  submittedOn: IsoDate;
  source: string;
}

/** What one row says, as written, and what would be recorded from it or why it is refused. */
export type ImportVerdict = { line: number; written: { state: string; year: string; received: string; link: string } } & (
  { ok: true; report: PlannedReport } | { ok: false; reason: Message }
);

export type ImportReview = { ok: true; rows: ImportVerdict[]; accepted: number; refused: number } | { ok: false; message: Message };

type Column = "state" | "year" | "received" | "link";
const COLUMNS: readonly Column[] = ["state", "year", "received", "link"];

// Heading words a coordinator may have in a sheet, in the Convention's languages (compared folded).
const HEADINGS: Record<Column, readonly string[]> = {
  state: ["state", "state party", "country", "iso3", "iso", "etat", "etat partie", "pays", "estado", "estado parte", "pais"],
  year: ["year", "annee", "ano", "report year", "annee du rapport", "ano del informe"],
  received: [
    "date received",
    "received",
    "received on",
    "date",
    "submitted",
    "submitted on",
    "date de reception",
    "recu le",
    "fecha de recepcion",
    "recibido",
  ],
  link: ["link", "source", "url", "lien", "enlace", "fuente"],
};

function columnOf(heading: string): Column | null {
  const folded = foldForSearch(heading);
  return COLUMNS.find((c) => HEADINGS[c].includes(folded)) ?? null;
}

/** Where each column is: by the heading row when the first row is one, otherwise in the order state, year, date received, link. */
function layoutOf(first: readonly string[]): { positions: Record<Column, number>; hasHeading: boolean } | { missing: Column } {
  const named = first.map(columnOf);
  if (!named.some((c) => c !== null)) return { positions: { state: 0, year: 1, received: 2, link: 3 }, hasHeading: false };
  const positions = Object.fromEntries(COLUMNS.map((c) => [c, named.indexOf(c)])) as Record<Column, number>;
  const missing = (["state", "received"] as const).find((c) => positions[c] < 0);
  return missing ? { missing } : { positions, hasHeading: true };
}

/** Finds a state by ISO3 code or by any of its names (English, aliases, French, Spanish), ignoring case and accents. */
export function stateFinder(states: readonly KnownState[]): (written: string) => KnownState | null {
  const byName = new Map<string, KnownState>();
  for (const s of states) {
    for (const name of [s.name, ...s.aliases, ...otherLanguageNames(s.iso3)]) {
      const key = foldForSearch(name);
      if (!byName.has(key)) byName.set(key, s);
    }
  }
  const byCode = new Map(states.map((s) => [s.iso3, s]));
  return (written) => byCode.get(written.trim().toUpperCase()) ?? byName.get(foldForSearch(written)) ?? null;
}

const reportKey = (iso3: string, kind: string, year: number | null) => `${iso3}|${kind}|${year ?? ""}`;

/**
 * The dry run of an upload of Article 7 submissions: per row, the report it would record or why it is refused
 * (unknown state, bad year or date, a date after `today`, a report already recorded, a row repeating an earlier one).
 * A blank year means the initial report. Nothing here decides whether a refused row may be left out: the caller
 * records only when every row is accepted.
 */
export function reviewArticle7Import(
  lines: readonly ImportLine[],
  states: readonly KnownState[],
  recorded: readonly RecordedReport[],
  today: IsoDate,
): ImportReview {
  const filled = lines.filter((l) => l.cells.some((c) => c.trim() !== ""));
  if (filled.length === 0) return { ok: false, message: "article7Import.empty" };
  const layout = layoutOf(filled[0].cells);
  if ("missing" in layout)
    return { ok: false, message: say("article7Import.missingColumn", { column: { key: `article7Import.column.${layout.missing}` } }) };
  const body = layout.hasHeading ? filled.slice(1) : filled;
  if (body.length === 0) return { ok: false, message: "article7Import.empty" };
  if (body.length > ARTICLE7_IMPORT_MAX_ROWS)
    return { ok: false, message: say("article7Import.tooManyRows", { n: body.length, max: ARTICLE7_IMPORT_MAX_ROWS }) };

  const find = stateFinder(states);
  const already = new Map(recorded.map((r) => [reportKey(r.iso3, r.kind, r.year), r]));
  const seen = new Map<string, number>();
  const rows = body.map((l): ImportVerdict => {
    const cell = (c: Column) => (layout.positions[c] >= 0 ? (l.cells[layout.positions[c]] ?? "").trim() : "");
    const written = { state: cell("state"), year: cell("year"), received: cell("received"), link: cell("link") };
    const refuse = (reason: Message): ImportVerdict => ({ line: l.line, written, ok: false, reason });
    if (!written.state) return refuse("article7Import.stateMissing");
    const state = find(written.state);
    if (!state) return refuse(say("article7Import.unknownState", { state: written.state }));
    let year: number | null = null;
    if (written.year) {
      year = /^\d{4}$/.test(written.year) ? Number(written.year) : NaN;
      if (!(year >= 2010 && year <= 2100)) return refuse(say("article7Import.badYear", { year: written.year }));
    }
    if (!written.received) return refuse("article7Import.receivedMissing");
    if (!isIsoDate(written.received)) return refuse(say("article7Import.badDate", { date: written.received }));
    if (written.received > today) return refuse(say("article7Import.futureDate", { date: { date: written.received } }));
    if (written.link.length > ARTICLE7_LINK_MAX) return refuse(say("article7Import.linkTooLong", { max: ARTICLE7_LINK_MAX }));
    const kind = year === null ? "INITIAL" : "ANNUAL";
    const key = reportKey(state.iso3, kind, year);
    const earlier = seen.get(key);
    if (earlier !== undefined) return refuse(say("article7Import.duplicateRow", { line: earlier }));
    seen.set(key, l.line);
    const existing = already.get(key);
    if (existing) return refuse(say("article7Import.alreadyRecorded", { date: { date: existing.submittedOn } }));
    return {
      line: l.line,
      written,
      ok: true,
      report: { iso3: state.iso3, name: state.name, kind, year, submittedOn: written.received, source: written.link },
    };
  });
  const accepted = rows.filter((r) => r.ok).length;
  return { ok: true, rows, accepted, refused: rows.length - accepted };
}
