import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportXlsx } from "@/features/reports/export";
import { progressReport } from "@/features/reports/progress";
import { parseCsv } from "@/lib/domain/csv";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
const BASE = "https://adhere.example";
const reader = { id: "xlsx-reader", role: "COORDINATOR" as const };
// A period of its own (an outreach letter made here), so that other files' contacts never change what is read.
const FROM = "2013-04-15";
const TO = "2013-09-13";

async function workbookOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 4; r <= sheet.rowCount; r++) {
    const cell = sheet.getRow(r).getCell(column);
    if (cell.text === text) return sheet.getRow(r);
  }
  throw new Error(`no row of ${sheet.name} has “${text}” in column ${column}`);
}

describe("the progress report as a spreadsheet", () => {
  let english: ExcelJS.Workbook;
  let xlsx: Buffer;

  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    const actor = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "NZL" }, select: { id: true } });
    await prisma.contact.create({
      data: {
        date: new Date("2013-07-02T00:00:00Z"),
        status: "DONE",
        actorId: actor.id,
        channel: "EMAIL",
        outcome: "POSITIVE",
        summary: `Spreadsheet check ${randomUUID().slice(0, 8)}`,
        targets: { create: [{ stateIso3: "TON" }] },
      },
    });
    xlsx = await reportXlsx(await progressReport(FROM, TO, reader), BASE);
    english = await workbookOf(xlsx);
  });
  afterAll(() => prisma.$disconnect());

  it("names each sheet in whole words within Excel's 31 characters, in the reader's language", async () => {
    expect(english.worksheets.map((w) => w.name)).toEqual([
      "Treaty actions",
      "Domestic steps",
      "Pledges made",
      "Pledges closed",
      "Pledges open",
      "Contacts",
      "Not contacted",
      "Article 7 reports",
      "Quotes",
    ]);
    const french = await workbookOf(await reportXlsx(await progressReport(FROM, TO, reader, { locale: "fr" }), BASE));
    expect(french.worksheets.map((w) => w.name)).toContain("Étapes nationales");
    const spanish = await workbookOf(await reportXlsx(await progressReport(FROM, TO, reader, { locale: "es" }), BASE));
    expect(spanish.worksheets.map((w) => w.name)).toContain("Informes artículo 7");
    for (const name of [...french.worksheets, ...spanish.worksheets].map((w) => w.name)) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("writes days as dates, counts as numbers and links as hyperlinks", () => {
    const actions = english.getWorksheet("Treaty actions")!;
    const chad = rowWith(actions, 2, "Chad");
    expect(chad.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(chad.getCell(1).value).toEqual(new Date("2013-09-01T00:00:00Z"));
    expect(chad.getCell(1).numFmt).toBe("d mmmm yyyy");
    expect(chad.getCell(2).type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(chad.getCell(2).value).toEqual({ text: "Chad", hyperlink: `${BASE}/states/TCD` });
    expect(chad.getCell(4).type).toBe(ExcelJS.ValueType.Hyperlink);
    expect((chad.getCell(4).value as ExcelJS.CellHyperlinkValue).hyperlink).toBe(`${BASE}/states/TCD`);

    const due = rowWith(english.getWorksheet("Article 7 reports")!, 2, "Annual update 2013").getCell(3);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date("2013-04-30T00:00:00Z"));

    const contacts = english.getWorksheet("Contacts")!;
    const email = rowWith(contacts, 2, "Email");
    expect(email.getCell(1).text).toBe("Oceania");
    expect(email.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(email.getCell(3).value).toBeGreaterThanOrEqual(1);
    expect(email.getCell(4).type).toBe(ExcelJS.ValueType.Number);
  });

  it("freezes the heading rows, filters the table and sizes its columns", () => {
    for (const sheet of english.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
      const columns = sheet.getRow(3).cellCount;
      const lastRow = Math.max(3, sheet.rowCount);
      expect(sheet.autoFilter).toBe(`A3:${String.fromCharCode(64 + columns)}${lastRow}`);
      expect(sheet.getRow(3).font?.bold).toBe(true);
    }
    const quotes = english.getWorksheet("Quotes")!;
    expect(quotes.getColumn(2).width).toBeGreaterThan(30);
    expect(quotes.getColumn(2).width).toBeLessThanOrEqual(60);
  });

  it("opens in LibreOffice, which reads the same table with its dates written out", () => {
    const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
    // Never skipped: CI installs LibreOffice (.ci/run), and so should a developer (README, "Test it").
    expect(soffice.error, "LibreOffice is needed: apt-get install libreoffice-calc-nogui").toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), "adhere-xlsx-"));
    try {
      writeFileSync(path.join(dir, "report.xlsx"), xlsx);
      // Its own profile, so that parallel runs never share LibreOffice's lock; every sheet to a CSV of its own.
      const converted = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
          "--outdir",
          dir,
          path.join(dir, "report.xlsx"),
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(converted.status, converted.stderr).toBe(0);
      const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv"));
      expect(csvs).toContain("report-Treaty actions.csv");
      const actions = parseCsv(readFileSync(path.join(dir, "report-Treaty actions.csv"), "utf8"));
      expect(actions[2]).toEqual(["Date", "State", "Action", "Link"]);
      expect(actions).toContainEqual(["1 September 2013", "Chad", "Entry into force", `${BASE}/states/TCD`]);
      const contacts = parseCsv(readFileSync(path.join(dir, "report-Contacts.csv"), "utf8"));
      expect(contacts.find((r) => r[0] === "Oceania" && r[1] === "Email")?.[2]).toMatch(/^[1-9]\d*$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
