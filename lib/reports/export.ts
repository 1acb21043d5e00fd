import "server-only";
import { AlignmentType, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/domain/csv";
import { formatLongDate } from "@/lib/domain/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locale";
import { translatorFor } from "@/lib/i18n/translator";
import type { ProgressReport, ReportSection } from "./section";

/** The section's rows as CSV; `locale` is the report's, for the link column's heading. */
export function sectionCsv(section: ReportSection, baseUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale);
  return toCsv([...section.columns, t("reports.export.link")], section.rows.map((r) => [...r.cells, r.href ? `${baseUrl}${r.href}` : ""]));
}

export async function reportXlsx(report: ProgressReport, baseUrl: string): Promise<Buffer> {
  const t = translatorFor(report.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Adhere";
  workbook.created = new Date(report.generatedAt);
  for (const section of report.sections) {
    // Sheet names: at most 31 characters, no []:*?/\
    const sheet = workbook.addWorksheet(section.title.replace(/[[\]:*?/\\]/g, "").slice(0, 31));
    sheet.addRow([section.title]).font = { bold: true, size: 13 };
    sheet.addRow([section.description]);
    const header = sheet.addRow([...section.columns, t("reports.export.link")]);
    header.font = { bold: true };
    for (const row of section.rows) sheet.addRow([...row.cells, row.href ? `${baseUrl}${row.href}` : ""]);
    sheet.columns.forEach((column, i) => {
      column.width = i === section.columns.length ? 40 : Math.min(60, Math.max(12, ...section.rows.map((r) => (r.cells[i] ?? "").length)));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cell(text: string, bold = false, link?: string) {
  const run = new TextRun({ text, bold, size: 18 });
  return new TableCell({ children: [new Paragraph({ children: link ? [new ExternalHyperlink({ link, children: [new TextRun({ text, style: "Hyperlink", size: 18 })] })] : [run] })] });
}

/** "Page {current} of {total}" in the report's language, with Word's page fields where the numbers go. */
function pageFooter(t: ReturnType<typeof translatorFor>) {
  const text = t("reports.export.footer", { current: "\u0001", total: "\u0002" });
  return text.split(/(\u0001|\u0002)/).filter(Boolean).map((part) => (part === "\u0001" ? PageNumber.CURRENT : part === "\u0002" ? PageNumber.TOTAL_PAGES : part));
}

export async function reportDocx(report: ProgressReport, baseUrl: string): Promise<Buffer> {
  const { locale } = report;
  const t = translatorFor(locale);
  const title = t("reports.export.title", { from: formatLongDate(report.from, locale), to: formatLongDate(report.to, locale) });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: t("reports.export.generated", { date: formatLongDate(report.generatedAt.slice(0, 10), locale) }) }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: `${section.title} (${section.rows.length})`, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ text: section.description }));
    if (section.rows.length === 0) {
      children.push(new Paragraph({ children: [new TextRun({ text: t("reports.progress.none"), italics: true })] }));
      continue;
    }
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: section.columns.map((c) => cell(c, true)) }),
          ...section.rows.map((r) => new TableRow({ children: r.cells.map((c, i) => cell(c, false, i === (section.linkColumn ?? 1) && r.href ? `${baseUrl}${r.href}` : undefined)) })),
        ],
      }),
    );
  }
  const doc = new Document({
    title,
    creator: "Adhere",
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageFooter(t) })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
