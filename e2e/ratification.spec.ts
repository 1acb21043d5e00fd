import { test, expect, expectNoAxeViolations } from "./fixtures";

const CABINET = "Cabinet / Council of Ministers approval";

test.describe("ratification path", () => {
  test("a coordinator moves South Africa's Cabinet approval to done and sees it in the history", async ({ coordinatorPage: page, prisma }) => {
    await page.goto("/states/ZAF");
    const step = page.locator(`li[data-step="${CABINET}"]`);
    await expect(step.locator("[data-step-status]")).toContainText("In progress");
    await expectNoAxeViolations(page);
    await step.getByText(`Edit “${CABINET}”`).click();
    await step.getByLabel("Status").selectOption("DONE");
    await step.getByLabel("Date").fill("May 2013");
    await step.getByRole("button", { name: "Save step" }).click();
    await expect(step.getByRole("status")).toContainText("saved as done");
    await expect(step.locator("[data-step-status]").first()).toContainText("Done");
    const latest = page.locator("[data-history-action]").first();
    await expect(latest).toContainText("Step changed");
    await expect(latest).toContainText("In progress");
    await expect(latest).toContainText("Done");
    await expect(latest).toContainText("May 2013");
    const saved = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "ZAF", title: CABINET },
      select: { status: true, dateText: true },
    });
    expect(saved).toEqual({ status: "DONE", dateText: "May 2013" });
  });

  test("a bad date keeps what was typed and says how to write it", async ({ coordinatorPage: page }) => {
    await page.goto("/states/SUR");
    const step = page.locator('li[data-step="Cabinet / Board of Ministers approval"]');
    await step.getByText("Edit “Cabinet / Board of Ministers approval”").click();
    await step.getByLabel("Note").fill("Board of Ministers met; decision pending");
    await step.getByLabel("Date").fill("sometime after the rains");
    await step.getByRole("button", { name: "Save step" }).click();
    await expect(step.getByRole("alert")).toContainText("Nothing was saved");
    const date = step.getByLabel("Date");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveValue("sometime after the rains");
    await expect(step.getByLabel("Note")).toHaveValue("Board of Ministers met; decision pending");
    await expect(page.locator(`#${await date.getAttribute("aria-describedby").then((ids) => ids!.split(" ").pop())}`)).toContainText("mid-2013");
  });

  test("two coordinators editing the same step: the second is told who changed it and keeps their input", async ({
    browser,
    createUser,
    signIn,
    prisma,
  }) => {
    const first = await createUser({ role: "COORDINATOR" });
    const second = await createUser({ role: "COORDINATOR" });
    const pageA = await (await browser.newContext()).newPage();
    const pageB = await (await browser.newContext()).newPage();
    await signIn(pageA, first);
    await signIn(pageB, second);
    const title = "Legislation / explanatory memorandum prepared";
    for (const page of [pageA, pageB]) {
      await page.goto("/states/SUR");
      await page.locator(`li[data-step="${title}"]`).getByText(`Edit “${title}”`).click();
    }
    const stepA = pageA.locator(`li[data-step="${title}"]`);
    await stepA.getByLabel("Note").fill("Note from the first coordinator");
    await stepA.getByRole("button", { name: "Save step" }).click();
    await expect(stepA.getByRole("status")).toContainText("is saved");

    const stepB = pageB.locator(`li[data-step="${title}"]`);
    await stepB.getByLabel("Note").fill("Note from the second coordinator");
    await stepB.getByRole("button", { name: "Save step" }).click();
    await expect(stepB.getByRole("alert")).toContainText(`changed by ${first.name}`);
    await expect(stepB.getByLabel("Note")).toHaveValue("Note from the second coordinator");
    const stored = await prisma.domesticStep.findFirstOrThrow({ where: { stateIso3: "SUR", title }, select: { note: true } });
    expect(stored.note).toBe("Note from the first coordinator");

    // Re-applying after review is accepted: the form now carries the current version.
    await stepB.getByRole("button", { name: "Save step" }).click();
    await expect(stepB.getByRole("status")).toContainText("is saved");
    const reapplied = await prisma.domesticStep.findFirstOrThrow({ where: { stateIso3: "SUR", title }, select: { note: true } });
    expect(reapplied.note).toBe("Note from the second coordinator");
  });

  test("a viewer sees no edit controls, and a forged POST from a viewer is refused", async ({ browser, createUser, signIn, prisma }) => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const viewer = await createUser({ role: "VIEWER" });
    const title = "Parliamentary committee";
    const before = await prisma.domesticStep.findFirstOrThrow({ where: { stateIso3: "ZAF", title }, select: { status: true, version: true } });

    // Capture a genuine Server Action request from a coordinator's page without letting it through.
    const coordinatorPage = await (await browser.newContext()).newPage();
    await signIn(coordinatorPage, coordinator);
    await coordinatorPage.goto("/states/ZAF");
    const step = coordinatorPage.locator(`li[data-step="${title}"]`);
    await step.getByText(`Edit “${title}”`).click();
    await step.getByLabel("Status").selectOption("BLOCKED");
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await coordinatorPage.route("**/states/ZAF", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      captured = { headers: await request.allHeaders(), body: request.postDataBuffer()! };
      await route.abort();
    });
    await step.getByRole("button", { name: "Save step" }).click();
    await expect.poll(() => captured !== null).toBe(true);

    const viewerContext = await browser.newContext();
    const viewerPage = await viewerContext.newPage();
    await signIn(viewerPage, viewer);
    await viewerPage.goto("/states/ZAF");
    await expect(viewerPage.getByRole("heading", { name: "South Africa", level: 1 })).toBeVisible();
    await expect(viewerPage.getByText("Edit treaty record")).toHaveCount(0);
    await expect(viewerPage.getByText(`Edit “${title}”`)).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    await expect(viewerPage.getByText("Add a note")).toHaveCount(0);
    await expectNoAxeViolations(viewerPage);

    const { headers, body } = captured!;
    const response = await viewerContext.request.post("/states/ZAF", {
      headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component" },
      data: body,
    });
    expect(await response.text()).toContain("Your role (Viewer) cannot do this");
    const after = await prisma.domesticStep.findFirstOrThrow({ where: { stateIso3: "ZAF", title }, select: { status: true, version: true } });
    expect(after).toEqual(before);
  });

  test("the state list shows the current step and last activity, and filters stalled states", async ({ coordinatorPage: page }) => {
    await page.goto("/states?asOf=2013-04-18&status=SIGNATORY");
    const canada = page.locator('tr[data-iso3="CAN"]');
    await expect(canada).toContainText("Parliament approval");
    await expect(canada).toContainText("In progress");
    await expect(canada).toContainText("18 April 2013");
    await page.goto("/states?stalled=1");
    await expect(page.getByLabel(/Only stalled states/)).toBeChecked();
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.locator("td:nth-child(3)").allTextContents()) expect(text).toMatch(/Signatory|Not party|Withdrawn/);
  });
});

test("an administrator sets the stalled period; a coordinator cannot open the settings", async ({ page, createUser, signIn, browser }) => {
  await signIn(page, await createUser({ role: "ADMIN" }));
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  const stalled = page.getByRole("form", { name: "Stalled states" });
  await stalled.getByLabel("Months without activity before a state counts as stalled").fill("0");
  await stalled.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator('form[aria-label="Stalled states"]').getByRole("alert")).toContainText("Nothing was saved");
  await stalled.getByLabel("Months without activity before a state counts as stalled").fill("24");
  await stalled.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("stalled after 24 months")).toBeVisible();
  await page.goto("/states");
  await expect(page.getByLabel(/no recorded activity for 24 months/)).toBeVisible();

  const coordinatorPage = await (await browser.newContext()).newPage();
  await signIn(coordinatorPage, await createUser({ role: "COORDINATOR" }));
  await coordinatorPage.goto("/admin/settings");
  await expect(coordinatorPage.getByRole("heading", { name: "Not found" })).toBeVisible();
});
