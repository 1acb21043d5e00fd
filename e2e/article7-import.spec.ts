import { test, expect, expectNoAxeViolations } from "./fixtures";

const CHECKED = ["state,year,date received,link", "Norway,2025,2025-04-28,https://example.org/nor-2025", "NZL,,2011-01-20,"].join("\n");

test.describe("Article 7 reports", () => {
  test("a coordinator sees 'no report recorded', uploads a CSV, sees the dry run, records it, and the state page shows the report received", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    await prisma.article7Report.deleteMany({ where: { stateIso3: { in: ["NOR", "NZL"] } } });
    await prisma.setting.deleteMany({ where: { key: "article7RecordsCompleteFrom" } });

    await page.goto("/states/NOR");
    const section = page.locator("section[aria-labelledby=article7-heading]");
    const update2025 = section.locator("li").filter({ hasText: "Update for 2025" });
    await expect(update2025).toHaveText("Update for 2025 · due 30 April 2025 · no report recorded");
    await expect(section.locator("[data-article7=LATE]")).toHaveCount(0);
    await expect(section).toContainText("“No report recorded” means nobody has entered the submission in Adhere yet");

    await section.getByRole("link", { name: "Record many reports at once from a CSV file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Record Article 7 reports from a CSV file" })).toBeVisible();
    await page.getByLabel("CSV file").setInputFiles({
      name: "article7.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${CHECKED}\nAtlantis,2025,2025-04-01,\nNorway,2025,2025-05-01,`),
    });
    const rows = page.getByLabel("Rows (paste them, or choose a file)");
    await expect(rows).toHaveValue(/Atlantis/);
    await page.getByRole("button", { name: "Check the rows" }).click();

    const dryRun = page.locator("section[aria-labelledby=a7-dry-run]");
    await expect(dryRun).toContainText("2 reports would be recorded; 2 rows are refused. Nothing has been recorded yet.");
    await expect(dryRun.locator("tr[data-verdict=refused]")).toHaveText([
      /Refused: “Atlantis” is not a state Adhere knows/,
      /Refused: Line 2 already gives this report\./,
    ]);
    await expect(dryRun).toContainText("nothing is recorded while a row is refused");
    await expect(dryRun.getByRole("button", { name: /^Record/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await rows.fill(CHECKED);
    await expect(dryRun).toContainText("The rows have changed since they were checked");
    await page.getByRole("button", { name: "Check the rows" }).click();
    await expect(dryRun).toContainText("2 reports would be recorded; no row is refused.");
    await expect(dryRun.locator("tr[data-verdict=accepted]")).toHaveText([
      /Norway.*Update for 2025.*28 April 2025.*Will be recorded/,
      /New Zealand.*Initial report.*20 January 2011.*Will be recorded/,
    ]);
    expect(await prisma.article7Report.count({ where: { stateIso3: { in: ["NOR", "NZL"] } } })).toBe(0);

    await dryRun.getByRole("button", { name: "Record 2 reports" }).click();
    await expect(dryRun.getByRole("status").filter({ hasText: "2 Article 7 reports recorded." })).toBeVisible();
    await expect(dryRun.getByRole("button", { name: /^Record/ })).toHaveCount(0);
    const audits = await prisma.auditEvent.count({ where: { action: "article7.record", stateIso3: { in: ["NOR", "NZL"] } } });
    expect(audits).toBeGreaterThanOrEqual(2);

    await dryRun.getByRole("link", { name: "Norway" }).click();
    await expect(update2025).toHaveText("Update for 2025 · due 30 April 2025 · received 28 April 2025");
    await expect(section.locator("li").filter({ hasText: "Update for 2024" })).toHaveText("Update for 2024 · due 30 April 2024 · no report recorded");
  });

  test("an administrator says from which day the records are complete, and reports due from then with none recorded read late", async ({
    page,
    prisma,
    createUser,
    signIn,
  }) => {
    await prisma.article7Report.deleteMany({ where: { stateIso3: "MEX" } });
    await signIn(page, await createUser({ role: "ADMIN" }));
    await page.goto("/admin/settings");
    const form = page.getByRole("form", { name: "Article 7 records" });
    await form.getByLabel("Records complete from (blank: not known)").fill("2024-01-01");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Article 7 records are complete from 1 January 2024: reports due from then with none recorded now show as late.",
    );

    await page.goto("/states/MEX");
    const section = page.locator("section[aria-labelledby=article7-heading]");
    await expect(section.locator("li").filter({ hasText: "Update for 2024" })).toHaveText("Update for 2024 · due 30 April 2024 · late");
    await expect(section.locator("li").filter({ hasText: "Update for 2023" })).toHaveText("Update for 2023 · due 30 April 2023 · no report recorded");
    await expect(section).toContainText("Submissions are recorded in full from 1 January 2024");

    await page.goto("/admin/settings");
    await form.getByLabel("Records complete from (blank: not known)").fill("");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toContainText("No completeness date");
    await page.goto("/states/MEX");
    await expect(section.locator("[data-article7=LATE]")).toHaveCount(0);
  });
});
