import { randomUUID } from "node:crypto";
import { test, expect, expectNoAxeViolations } from "./fixtures";

test.describe("meetings and pledges", () => {
  test("the April 2013 session shows its co-chairs, statements with verbatim quotes and pledges", async ({ coordinatorPage: page }) => {
    await page.goto("/meetings");
    await expect(page.getByRole("link", { name: "Fourth Meeting of States Parties" })).toBeVisible();
    await page.getByRole("link", { name: "CCM Intersessional Meeting 2013" }).click();
    await expect(page.getByRole("heading", { name: "CCM Intersessional Meeting 2013", level: 1 })).toBeVisible();
    await expect(page.getByText("Chaired by Ghana and Portugal")).toBeVisible();
    const bulgaria = page.locator("article[data-statement]").filter({ hasText: "Bulgaria reported" });
    await expect(bulgaria.locator("blockquote")).toHaveText("“in general ... very positive”");
    // Ghana and Portugal each pledged to keep working with states not party: the statement says it once, made jointly.
    const coChairs = page.locator("article[data-statement]").filter({ has: page.getByRole("heading", { name: "Ghana and Portugal" }) });
    const keepWorking = coChairs.locator("li[data-statement-pledge]").filter({ hasText: "Keep working with states not party" });
    await expect(keepWorking).toHaveCount(1);
    await expect(keepWorking).toContainText("made jointly by Ghana and Portugal, each following it up");
    await expect(keepWorking.getByRole("link", { name: "Portugal" })).toHaveAttribute("href", /^\/pledges\/\w+$/);
    await expect(page.getByRole("region", { name: /Pledges made at this meeting/ })).toContainText("Host a regional conference on universalization.");
    await expectNoAxeViolations(page);
  });

  test("a coordinator corrects a statement's quotes; the change is kept verbatim", async ({ coordinatorPage: page }) => {
    await page.goto("/meetings");
    await page.getByRole("link", { name: "CCM Intersessional Meeting 2013" }).click();
    await expect(page.getByRole("heading", { name: "CCM Intersessional Meeting 2013", level: 1 })).toBeVisible();
    const lebanon = page
      .locator("div")
      .filter({ has: page.locator("article[data-statement]", { hasText: "Lebanon said" }) })
      .last();
    await lebanon.getByText("Edit this statement").click();
    await lebanon.getByLabel("Quotes, one per line, exactly as said").fill("an utmost priority\n« une priorité absolue »");
    await lebanon.getByRole("button", { name: "Save statement" }).click();
    await expect(lebanon.getByRole("status")).toContainText("Statement saved.");
    await expect(lebanon.locator("article[data-statement] blockquote")).toHaveText(["“an utmost priority”", "“« une priorité absolue »”"]);
  });

  test("a coordinator records a pledge, finds it on the board, marks it kept with evidence and sees the audit entry", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const text = `Bilateral outreach to Georgia ${randomUUID().slice(0, 8)}`;
    await page.goto("/pledges");
    await page.getByRole("link", { name: "Record a pledge" }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel("Who pledged").selectOption({ label: "Bulgaria" });
    await page.getByLabel("What was promised").fill(text);
    await page.getByLabel("Kind").selectOption({ label: "Outreach to other states" });
    await page.getByLabel("Due", { exact: true }).fill("Q3 2013");
    await page.getByLabel("Target states").fill("GEO");
    await page.getByLabel("Made at").selectOption({ label: "CCM Intersessional Meeting 2013 (2013)" });
    await page.getByRole("button", { name: "Record pledge" }).click();
    await expect(page.getByRole("status")).toContainText("Pledge recorded.");

    await page.goto("/pledges?status=OPEN");
    const row = page.locator("tr[data-pledge]").filter({ hasText: text });
    await expect(row).toContainText("Bulgaria");
    await expect(row).toContainText("Q3 2013");
    await expect(row).toContainText("Georgia");
    await expect(row.locator("[data-overdue]")).toBeVisible();
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: text }).click();
    await expect(page.getByRole("heading", { level: 1, name: text })).toBeVisible();
    await page.getByRole("combobox", { name: "Status" }).selectOption("KEPT");
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.locator('form[aria-label="Change the pledge\'s status"]').getByRole("alert")).toContainText("Nothing was saved");
    await expect(page.getByLabel("Evidence")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Evidence").fill("Contact with the Georgian mission, Geneva, 2 September 2013");
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByText("Pledge marked kept.")).toBeVisible();
    const history = page.locator("[data-history-action]").first();
    await expect(history).toContainText("Pledge status changed");
    await expect(history).toContainText("Kept");
    await expect(history).toContainText("Contact with the Georgian mission");

    const stored = await prisma.pledge.findFirstOrThrow({ where: { text }, select: { status: true, evidence: true } });
    expect(stored).toEqual({ status: "KEPT", evidence: "Contact with the Georgian mission, Geneva, 2 September 2013" });
    await page.goto("/pledges?status=KEPT");
    await expect(page.locator("tr[data-pledge]").filter({ hasText: text })).toBeVisible();
  });

  test("filters show overdue pledges; a viewer sees the board but cannot record or change pledges", async ({ page, createUser, signIn }) => {
    await signIn(page, await createUser({ role: "VIEWER" }));
    await page.goto("/pledges?due=overdue");
    await expect(
      page.locator("tr[data-pledge]").filter({ hasText: "Togo" }).filter({ hasText: "Host a regional conference on universalization." }),
    ).toBeVisible();
    // What was said ("22-23 May") and, since the board spans years, the days it means with their year.
    await expect(
      page.locator("tr[data-pledge]").filter({ hasText: "Togo" }).filter({ hasText: "Host a regional conference on universalization." }),
    ).toContainText(/22-23 May · 22\s–\s23 May 2013/);
    for (const overdue of await page.locator("tr[data-pledge]").all()) await expect(overdue.locator("[data-overdue]")).toBeVisible();
    await expect(page.getByRole("link", { name: "Record a pledge" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Apply to selected" })).toHaveCount(0);
    await expect(page.locator('input[name="pledges"]')).toHaveCount(0);
    await page.goto("/pledges/new");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.goto("/states/TGO");
    await expect(page.getByRole("region", { name: "Pledges" })).toContainText("Host a regional conference on universalization.");
    await expect(page.getByRole("region", { name: "Statements" })).toContainText("Togo said it will host a regional conference");
  });
});
