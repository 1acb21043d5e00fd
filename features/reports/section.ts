import { formatLongDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";

/** Rows per section on the page and in the DOCX: the rest are counted, and listed in full in the XLSX and CSV. */
export const REPORT_PAGE_ROWS = 50;

/**
 * A cell: words, a count, or a day. The page, the DOCX and the CSV write it as text in the report's language
 * (`cellText`); the XLSX keeps counts as numbers and days as dates, so a spreadsheet can sort, filter and sum them.
 */
export type ReportCell = string | number | { date: IsoDate };

export function cellText(cell: ReportCell, locale: Locale): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return formatLongDate(cell.date, locale);
}

/** One section of a report, in a shape every output (page, CSV, XLSX, DOCX) can render the same way. */
export interface ReportSection {
  key: string;
  title: string;
  /** The section's sheet in the XLSX: at most 31 characters, whole words (Excel's limit). */
  sheet: string;
  /** A sentence that says what the section counts, for readers of the printed page. */
  description: string;
  columns: string[];
  /** The rows given: every row, or the first few when the report was made for the page (see `total`). */
  rows: ReportRow[];
  /** How many rows the section has in all. */
  total: number;
  /** Which cell carries the link to the row's record (default: the second). */
  linkColumn?: number;
}

export interface ReportRow {
  cells: ReportCell[];
  /** The record the row comes from, as a path in the app. */
  href?: string;
}

export interface ProgressReport {
  from: string;
  to: string;
  generatedAt: string;
  /** The language the report is written in: its downloads keep it. */
  locale: Locale;
  includesRestricted: boolean;
  sections: ReportSection[];
}
