import { parse } from "csv-parse/sync";
import type { Prisma } from "@prisma/client";
import { reviewArticle7Import, type ImportLine, type ImportReview } from "@/lib/domain/article7-import";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { say, type Message } from "@/lib/domain/message";

/** The most text one upload may hold (about 10 000 rows). */
export const ARTICLE7_CSV_MAX_CHARS = 1_000_000;

// A spreadsheet saved as CSV in French or Spanish separates fields with semicolons; some tools use tabs.
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  if (first.includes("\t")) return "\t";
  return first.includes(";") && !first.includes(",") ? ";" : ",";
}

/** The file's records with the line each ends on; a file that is not CSV (an unclosed quote) is refused, saying where. */
export function readArticle7Csv(text: string): { ok: true; lines: ImportLine[] } | { ok: false; message: Message } {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return { ok: true, lines: records.map((r) => ({ line: r.info.lines, cells: r.record })) };
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return { ok: false, message: say("article7Import.unreadable", { line: typeof line === "number" ? line : 1 }) };
  }
}

/** The dry run of an upload against the states and the reports recorded now (in `tx`, so that the save sees the same). */
export async function reviewArticle7Csv(
  tx: Pick<Prisma.TransactionClient, "state" | "article7Report">,
  text: string,
  today: IsoDate,
): Promise<ImportReview> {
  const read = readArticle7Csv(text);
  if (!read.ok) return read;
  const states = await tx.state.findMany({ select: { iso3: true, name: true, aliases: true } });
  const recorded = await tx.article7Report.findMany({ select: { stateIso3: true, kind: true, year: true, submittedOn: true } });
  return reviewArticle7Import(
    read.lines,
    states,
    recorded.map((r) => ({ iso3: r.stateIso3, kind: r.kind, year: r.year, submittedOn: toIsoDate(r.submittedOn) })),
    today,
  );
}
