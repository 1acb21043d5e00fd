import "server-only";
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { toCsv } from "@/lib/domain/csv";
import { formatLongDate } from "@/lib/domain/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locale";
import { translatorFor } from "@/platform/i18n/translator";
import { cellText, REPORT_PAGE_ROWS, type ProgressReport, type ReportSection } from "./section";
export { reportXlsx } from "./workbook";

/** The section's rows as CSV; `locale` is the report's, for the link column's heading. */
export function sectionCsv(section: ReportSection, baseUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale);
  return toCsv(
    [...section.columns, t("reports.export.link")],
    section.rows.map((r) => [...r.cells.map((c) => cellText(c, locale)), r.href ? `${baseUrl}${r.href}` : ""]),
  );
}

function cell(text: string, bold = false, link?: string) {
  const run = new TextRun({ text, bold, size: 18 });
  return new TableCell({
    children: [
      new Paragraph({ children: link ? [new ExternalHyperlink({ link, children: [new TextRun({ text, style: "Hyperlink", size: 18 })] })] : [run] }),
    ],
  });
}

/** "Page {current} of {total}" in the report's language, with Word's page fields where the numbers go. */
function pageFooter(t: ReturnType<typeof translatorFor>) {
  const text = t("reports.export.footer", { current: "\u0001", total: "\u0002" });
  return text
    .split(/(\u0001|\u0002)/)
    .filter(Boolean)
    .map((part) => (part === "\u0001" ? PageNumber.CURRENT : part === "\u0002" ? PageNumber.TOTAL_PAGES : part));
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
    // The printed report follows the page: the first rows of each section, and where the rest are.
    const rows = section.rows.slice(0, REPORT_PAGE_ROWS);
    children.push(new Paragraph({ text: `${section.title} (${section.total})`, heading: HeadingLevel.HEADING_1 }));
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
          ...rows.map(
            (r) =>
              new TableRow({
                children: r.cells.map((c, i) =>
                  cell(cellText(c, locale), false, i === (section.linkColumn ?? 1) && r.href ? `${baseUrl}${r.href}` : undefined),
                ),
              }),
          ),
        ],
      }),
    );
    if (section.total > rows.length) {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: t("reports.progress.shownOf", { shown: rows.length, total: section.total }), italics: true })],
        }),
      );
    }
  }
  const doc = new Document({
    title,
    creator: "Adhere",
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageFooter(t) })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
