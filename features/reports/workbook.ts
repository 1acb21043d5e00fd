import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { fromIsoDate } from "@/lib/domain/dates";
import { translatorFor } from "@/platform/i18n/translator";
import { cellText, type ProgressReport, type ReportCell, type ReportSection } from "./section";

// Excel's own format codes: the month is written in the reader's language by the spreadsheet program.
const DATE_FORMAT = "d mmmm yyyy";
const HEADER_ROW = 3;
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF1F4E79" }, underline: true };

/** Widths in characters: the longest text of each column, within bounds a screen can show. */
function columnWidths(section: ReportSection, report: ProgressReport, linkHeading: string): number[] {
  const widths = section.columns.map((c) => Math.max(10, c.length + 2));
  for (const row of section.rows) {
    row.cells.forEach((cell, i) => (widths[i] = Math.min(60, Math.max(widths[i] ?? 10, cellText(cell, report.locale).length + 2))));
  }
  return [...widths, Math.max(linkHeading.length, 40)];
}

function value(cell: ReportCell): ExcelJS.CellValue {
  return typeof cell === "object" ? fromIsoDate(cell.date) : cell;
}

/**
 * The report as an .xlsx file, a sheet per section: a title, the section's sentence, then a frozen, filtered table
 * whose days are dates, counts numbers and links hyperlinks. Written row by row by ExcelJS's streaming writer
 * (docs/decisions/015-exceljs-streaming-xlsx.md), so a year's ten thousand rows stay fast.
 */
export async function reportXlsx(report: ProgressReport, baseUrl: string): Promise<Buffer> {
  const t = translatorFor(report.locale);
  const linkHeading = t("reports.export.link");
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Adhere";
  workbook.created = new Date(report.generatedAt);

  for (const section of report.sections) {
    const width = section.columns.length + 1;
    const sheet = workbook.addWorksheet(section.sheet, {
      views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }],
      properties: { defaultRowHeight: 15 },
    });
    sheet.columns = columnWidths(section, report, linkHeading).map((w) => ({ width: w }));
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + section.rows.length, column: width } };

    const title = sheet.addRow([section.title]);
    title.font = { bold: true, size: 13 };
    title.commit();
    sheet.addRow([section.description]).commit();
    const header = sheet.addRow([...section.columns, linkHeading]);
    header.font = { bold: true };
    header.commit();

    const linked = section.linkColumn ?? 1;
    for (const row of section.rows) {
      const url = row.href ? `${baseUrl}${row.href}` : undefined;
      const line = sheet.addRow([...row.cells.map(value), url ? { text: url, hyperlink: url } : null]);
      row.cells.forEach((cell, i) => {
        const target = line.getCell(i + 1);
        if (typeof cell === "object") target.numFmt = DATE_FORMAT;
        // The record's name opens it too, as on the page (a count stays a number).
        if (url && i === linked && typeof cell === "string" && cell !== "") {
          target.value = { text: cell, hyperlink: url };
          target.font = LINK_FONT;
        }
      });
      if (url) line.getCell(width).font = LINK_FONT;
      line.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
