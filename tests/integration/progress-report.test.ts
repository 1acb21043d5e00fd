import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { progressReport } from "@/features/reports/progress";
import { reportDocx, reportXlsx, sectionCsv } from "@/features/reports/export";
import { parseCsv } from "@/lib/domain/csv";
import { cellText, type ReportRow } from "@/features/reports/section";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
const section = (report: Awaited<ReturnType<typeof progressReport>>, key: string) => report.sections.find((s) => s.key === key)!;
/** A row as a reader sees it on the page, days and counts written out. */
const text = (row: ReportRow, locale: "en" | "fr" = "en") => row.cells.map((c) => cellText(c, locale));

describe("progress report from the intersessional meeting to the Fourth Meeting of States Parties", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
  });
  afterAll(() => prisma.$disconnect());

  it("lists the treaty actions of the period, newest last, each linked to its state", async () => {
    const report = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" });
    const actions = section(report, "treaty-actions")
      .rows.map((r) => text(r))
      .map((c) => `${c[1]} | ${c[2]} | ${c[0]}`);
    expect(actions).toContain("Chad | Entry into force | 1 September 2013");
    expect(actions).toContain("Bolivia (Plurinational State of) | Instrument deposited | 30 April 2013");
    expect(actions).toContain("Iraq | Instrument deposited | 14 May 2013");
    expect(section(report, "treaty-actions").rows.find((r) => r.cells[1] === "Iraq")?.href).toBe("/states/IRQ");
  });

  it("lists the 18 pledges made at the session and the quotes said there, verbatim", async () => {
    const report = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" });
    const made = section(report, "pledges-made");
    expect(made.rows.length).toBeGreaterThanOrEqual(18);
    expect(made.rows.map((r) => r.cells[1])).toContain("Host a regional conference on universalization.");
    const quotes = section(report, "quotes").rows.map((r) => `${r.cells[0]}: ${r.cells[1]}`);
    expect(quotes).toContain("Bulgaria: “in general ... very positive”");
    expect(quotes).toContain("Japan: “as entirely unacceptable”");
    const steps = section(report, "domestic-steps").rows.map((r) => `${r.cells[1]}: ${r.cells[2]} (${r.cells[3]})`);
    expect(steps).toContain("South Africa: Cabinet / Council of Ministers approval (In progress)");
  });

  it("marks open pledges overdue at the end of the period, and lists Article 7 reports due in it", async () => {
    const report = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" });
    const togo = section(report, "pledges-open").rows.find((r) => r.cells[0] === "Togo");
    expect(togo?.cells[5]).toBe("Overdue");
    const a7 = section(report, "article-7")
      .rows.map((r) => text(r))
      .map((c) => `${c[0]} ${c[1]} ${c[2]}`);
    expect(a7.some((row) => row.endsWith("Annual update 2013 30 April 2013"))).toBe(true);
  });

  it("lists at most the rows asked for per section, with the full totals, and the DOCX says where the rest are", async () => {
    const full = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" });
    const bounded = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" }, { rows: 3 });
    for (const [i, s] of full.sections.entries()) {
      expect(s.total).toBe(s.rows.length);
      expect(bounded.sections[i].total).toBe(s.total);
      expect(bounded.sections[i].rows).toEqual(s.rows.slice(0, 3));
    }
    const made = section(bounded, "pledges-made");
    expect(made.total).toBeGreaterThanOrEqual(18);
    const { default: JSZip } = await import("jszip");
    const body = await (await JSZip.loadAsync(await reportDocx(bounded, "https://adhere.example"))).file("word/document.xml")!.async("string");
    expect(body).toContain(`Pledges made (${made.total})`);
    expect(body).toContain(`Showing 3 of ${made.total}. The full list is in the Excel download`);
  });

  it("exports the same rows as CSV, XLSX (a sheet per section) and a DOCX that opens", async () => {
    const report = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" });
    const actions = section(report, "treaty-actions");
    const csv = sectionCsv(actions, "https://adhere.example");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(actions.rows.length + 1);
    expect(parsed[0]).toEqual([...actions.columns, "Link"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report, "https://adhere.example")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(report.sections.map((s) => s.sheet));
    expect(workbook.getWorksheet("Treaty actions")!.rowCount).toBe(actions.rows.length + 3);

    const docx = await reportDocx(report, "https://adhere.example");
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(docx);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("Treaty actions");
    expect(body).toContain("Chad");
  });
});

describe("contacts in the progress report", () => {
  it("counts contacts by region and channel, and shows a restricted contact only to a coordinator who asks", async () => {
    const actor = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "FRA" }, select: { id: true } });
    await prisma.contact.create({
      data: {
        date: new Date("2013-06-03T00:00:00Z"),
        status: "DONE",
        actorId: actor.id,
        channel: "LETTER",
        outcome: "POSITIVE",
        summary: "Restricted letter to Ethiopia",
        sensitivity: "RESTRICTED",
        targets: { create: [{ stateIso3: "ETH" }] },
      },
    });
    const coordinator = { id: "report-reader", role: "COORDINATOR" as const };
    const withheld = await progressReport("2013-04-15", "2013-09-13", coordinator);
    const included = await progressReport("2013-04-15", "2013-09-13", coordinator, { includeRestricted: true });
    const viewerAsking = await progressReport("2013-04-15", "2013-09-13", { id: "v", role: "VIEWER" }, { includeRestricted: true });
    const notContacted = (r: Awaited<ReturnType<typeof progressReport>>) => section(r, "no-contact").rows.map((row) => row.cells[0]);
    expect(notContacted(withheld)).toContain("Ethiopia");
    expect(notContacted(viewerAsking)).toContain("Ethiopia");
    expect(notContacted(included)).not.toContain("Ethiopia");
    expect(included.includesRestricted).toBe(true);
    expect(viewerAsking.includesRestricted).toBe(false);
    const letters = section(included, "contacts").rows.find((r) => r.cells[0] === "Africa" && r.cells[1] === "Letter");
    expect(letters?.cells[3]).toBe(1);
    expect(section(withheld, "contacts").rows.find((r) => r.cells[0] === "Africa" && r.cells[1] === "Letter")).toBeUndefined();
    expect(notContacted(withheld).indexOf("Ethiopia")).toBeGreaterThan(-1);
    const statuses = section(withheld, "no-contact").rows.map((r) => r.cells[1]);
    expect(statuses.indexOf("Not party")).toBeGreaterThan(statuses.lastIndexOf("Signatory"));
  });
});

describe("the progress report for a French reader", () => {
  it("writes headings, dates, state names and labels in French, on the page and in the CSV, XLSX and DOCX downloads", async () => {
    const report = await progressReport("2013-04-15", "2013-09-13", { id: "report-reader", role: "COORDINATOR" }, { locale: "fr" });
    const actions = section(report, "treaty-actions");
    expect(actions.title).toBe("Actions conventionnelles");
    expect(actions.rows.map((r) => text(r, "fr")).map((c) => `${c[1]} | ${c[2]} | ${c[0]}`)).toContain(
      "Tchad | Entrée en vigueur | 1 septembre 2013",
    );
    const steps = section(report, "domestic-steps").rows.map((r) => `${r.cells[1]} (${r.cells[3]})`);
    expect(steps).toContain("Afrique du Sud (En cours)");
    const statuses = section(report, "no-contact").rows.map((r) => r.cells[1]);
    expect(statuses).toContain("Signataire");
    expect(statuses.indexOf("Non partie")).toBeGreaterThan(statuses.lastIndexOf("Signataire"));
    expect(section(report, "pledges-open").rows.find((r) => r.cells[0] === "Togo")?.cells[5]).toBe("En retard");

    const csv = parseCsv(sectionCsv(actions, "https://adhere.example", "fr").slice(1));
    expect(csv[0]).toEqual(["Date", "État", "Action", "Lien"]);
    expect(csv.some((row) => row[0] === "1 septembre 2013" && row[1] === "Tchad")).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report, "https://adhere.example")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Actions conventionnelles")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "Date", "État", "Action", "Lien"]);

    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await reportDocx(report, "https://adhere.example"));
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("Universalisation : progrès du 15 avril 2013 au 13 septembre 2013");
    expect(body).toContain("Actions conventionnelles");
    expect(body).toContain("1 septembre 2013");
    expect(body).toContain("Tchad");
    expect(body).not.toContain("Treaty actions");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.startsWith("word/footer"))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(footers.join("")).toContain("Page ");
    expect(footers.join("")).toContain(" sur ");
  });
});
