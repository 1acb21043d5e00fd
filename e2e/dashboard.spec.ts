import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseCsv } from "../lib/domain/csv";
import { test, expect, expectNoAxeViolations } from "./fixtures";

test.describe("dashboard and progress report", () => {
  test("the map slider replays history: on 1 August 2010 there were 30 States Parties", async ({ coordinatorPage: page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Convention on Cluster Munitions", level: 1 })).toBeVisible();
    const partyCount = page.locator('[data-map-count="STATE_PARTY"] strong');
    const today = Number(await partyCount.textContent());
    expect(today).toBeGreaterThan(100);
    await expect(page.locator('[data-region-contacts="Europe"]')).toHaveText(/^\d+$/);
    await expectNoAxeViolations(page);

    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect(page.getByTestId("map-date")).toHaveText("1 December 2008");
    await expect(partyCount).toHaveText("0");
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("map-date")).toHaveText("1 August 2010");
    await expect(partyCount).toHaveText("30");
    await expect(page.locator('[data-map-state="MEX"]')).toHaveAttribute("data-map-status", "STATE_PARTY");
    await expect(page.getByRole("link", { name: "Table of all states on this date" })).toHaveAttribute("href", "/states?asOf=2010-08-01");
    await page.locator('[data-map-state="MEX"]').click();
    await expect(page).toHaveURL(/\/states\/MEX\?asOf=2010-08-01$/);
    await expect(page.getByRole("heading", { name: "Mexico", level: 1 })).toBeVisible();
  });

  test("the progress report prints on A4 and downloads as DOCX, XLSX and CSV with the same rows", async ({ coordinatorPage: page }) => {
    await page.goto("/reports/progress?from=2013-04-15&to=2013-09-13");
    await expect(page.getByRole("heading", { name: "Progress from 15 April 2013 to 13 September 2013", level: 1 })).toBeVisible();
    const actionRows = page.locator('table[data-section="treaty-actions"] tbody tr');
    await expect(actionRows.filter({ hasText: "Chad" })).toContainText("Entry into force");
    await expectNoAxeViolations(page);

    const download = async (name: string | RegExp) => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).first().click()]);
      return readFileSync((await file.path())!);
    };
    const docx = await JSZip.loadAsync(await download("Word (DOCX)"));
    expect(await docx.file("word/document.xml")!.async("string")).toContain("Treaty actions");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("Excel (XLSX)")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain("Treaty actions");
    expect(workbook.worksheets.map((w) => w.name)).toContain("Pledges made");

    const csv = (await download("CSV")).toString("utf8").replace(/^\uFEFF/, "");
    expect(parseCsv(csv)).toHaveLength((await actionRows.count()) + 1);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4", path: ".data/test-results/progress-report.pdf" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });

  test("the target list puts signatories first and says why", async ({ coordinatorPage: page }) => {
    await page.goto("/reports/targets");
    const first = page.locator("[data-target]").first();
    await expect(first).toContainText("Signatory");
    await expect(first).toContainText("Signatory: ratification is the next step");
    await expectNoAxeViolations(page);
  });
});
