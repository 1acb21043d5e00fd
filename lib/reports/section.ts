import type { Locale } from "@/lib/domain/locale";

/** One section of a report, in a shape every output (page, CSV, XLSX, DOCX) can render the same way. */
export interface ReportSection {
  key: string;
  title: string;
  /** A sentence that says what the section counts, for readers of the printed page. */
  description: string;
  columns: string[];
  rows: ReportRow[];
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
