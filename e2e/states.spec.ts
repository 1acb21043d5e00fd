import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const africanStates = readFileSync("prisma/data/regions.csv", "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim().endsWith(",Africa")).length;

test.describe("states", () => {
  test("lists all 197 states with their status today", async ({ coordinatorPage: page }) => {
    await page.goto("/states");
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(197);
    await expect(page.locator('tr[data-iso3="LTU"]')).toContainText("Withdrawn");
    await expect(page.locator('tr[data-iso3="NOR"]')).toContainText("State Party");
    await expectNoAxeViolations(page);
  });

  test("filters to Africa", async ({ coordinatorPage: page }) => {
    await page.goto("/states");
    await page.getByLabel("Region").selectOption("Africa");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/region=Africa/);
    await expect(page.locator("tbody tr")).toHaveCount(africanStates);
    const regions = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(regions)).toEqual(new Set(["Africa"]));
  });

  test("finds a state by an alias", async ({ coordinatorPage: page }) => {
    await page.goto("/states");
    await page.getByLabel("Name or alias").fill("DR Congo");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.locator("tbody tr")).toContainText("Democratic Republic of the Congo");
  });

  test("as of 18 April 2013 Chad is ratified, not yet in force, entering into force on 1 September 2013", async ({ coordinatorPage: page }) => {
    await page.goto("/states");
    await page.getByLabel("As of").fill("2013-04-18");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/asOf=2013-04-18/);
    await expect(page.getByRole("status")).toContainText("as of 18 April 2013");
    const chad = page.locator('tr[data-iso3="TCD"]');
    await expect(chad).toContainText("Ratified, not yet in force");
    await expect(chad).toContainText("1 September 2013");
    await expect(page.locator('[data-count="STATE_PARTY"] dd')).toHaveText("77");
    await expect(page.locator('[data-count="PENDING"] dd')).toHaveText("4");
    await expect(page.locator('[data-count="SIGNATORY"] dd')).toHaveText("31");
    await expect(page.locator('[data-count="byDeposit"] dd')).toHaveText("81");
    await expectNoAxeViolations(page);

    await chad.getByRole("link", { name: "Chad" }).click();
    await expect(page).toHaveURL(/\/states\/TCD\?asOf=2013-04-18$/);
    await expect(page.getByRole("heading", { name: "Chad", level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Ratified, not yet in force");
    await expect(page.getByTestId("eif-explanation")).toContainText("26 March 2013");
    await expect(page.getByTestId("eif-explanation")).toContainText("1 September 2013");
    await expectNoAxeViolations(page);
  });

  test("a shared link with a date shows the same view, and a bad date says so", async ({ coordinatorPage: page }) => {
    await page.goto("/states?asOf=2013-04-18&status=PENDING");
    await expect(page.locator("tbody tr")).toHaveCount(4);
    await page.goto("/states?asOf=not-a-date");
    await expect(page.getByRole("status")).toContainText("is not a date; showing today");
    await expect(page.locator("tbody tr")).toHaveCount(197);
  });

  test("an unknown state code shows a helpful not-found page", async ({ coordinatorPage: page }) => {
    await page.goto("/states/XYZ");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the list of states" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(197);
  });
});
