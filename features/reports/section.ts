import type { Locale } from "@/lib/domain/locale";

/** Rows per section on the page and in the DOCX: the rest are counted, and listed in full in the XLSX and CSV. */
export const REPORT_PAGE_ROWS = 50;

/** One section of a report, in a shape every output (page, CSV, XLSX, DOCX) can render the same way. */
export interface ReportSection {
  key: string;
  title: string;
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
  cells: string[];
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
