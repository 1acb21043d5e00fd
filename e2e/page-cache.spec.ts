import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

// The page cache (ADR 013): a reload of a list is answered from a kept copy, which must work like a rendered page
// (its scripts run under the answer's fresh nonce) and must never hide a change or outlive the session.
const isoDay = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe("pages kept between changes", () => {
  test("a reloaded list comes from the page cache, runs its scripts, and shows another user's change on the next load", async ({
    coordinatorPage: page,
    browser,
    createUser,
    signIn,
  }) => {
    const policyErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) policyErrors.push(message.text());
    });
    const topic = `Kept-page check ${randomUUID().slice(0, 8)}`;
    const address = `/contacts?q=${encodeURIComponent(topic)}`;

    const first = await page.goto(address);
    expect(first?.headers()["x-adhere-page-cache"]).toBe("miss");
    await expect(page.getByText(/No contact matches these filters/)).toBeVisible();
    const again = await page.goto(address);
    expect(again?.headers()["x-adhere-page-cache"]).toBe("hit");
    await expect(page.getByText(/No contact matches these filters/)).toBeVisible();

    // React took over the kept page: a link is followed without loading a new document.
    await page.evaluate(() => ((window as unknown as { keptPageMarker: string }).keptPageMarker = "still here"));
    await page.getByRole("navigation").getByRole("link", { name: "Pledges" }).click();
    await expect(page).toHaveURL(/\/pledges$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { keptPageMarker?: string }).keptPageMarker)).toBe("still here");
    expect(policyErrors).toEqual([]);

    // Another coordinator logs a contact through the app.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `e2e-${randomUUID()}` } });
    const other = await context.newPage();
    await signIn(other, await createUser({ role: "COORDINATOR" }));
    await other.goto("/contacts/new?target=TUV");
    await other.getByLabel("Date").fill(isoDay(200 + Math.floor(Math.random() * 100)));
    await other.getByLabel("Channel").selectOption({ label: "Phone or video call" });
    await other.getByLabel("Summary").fill(topic);
    await other.getByRole("button", { name: "Log contact" }).click();
    const saved = other.getByRole("status").filter({ hasText: "Planned contact saved." });
    const saveAnyway = other.getByRole("button", { name: "Save anyway" });
    await expect(saved.or(saveAnyway)).toBeVisible();
    if (await saveAnyway.isVisible()) await saveAnyway.click();
    await expect(saved).toBeVisible();
    await context.close();

    const afterChange = await page.goto(address);
    expect(afterChange?.headers()["x-adhere-page-cache"]).toBe("miss");
    await expect(page.getByRole("link", { name: topic })).toBeVisible();
    const keptAgain = await page.goto(address);
    expect(keptAgain?.headers()["x-adhere-page-cache"]).toBe("hit");
    await expect(page.getByRole("link", { name: topic })).toBeVisible();
  });

  test("a kept page is not shown once the session has been ended elsewhere", async ({ page, prisma, createUser, signIn }) => {
    const user = await createUser({ role: "VIEWER" });
    await signIn(page, user);
    await page.goto("/states");
    expect((await page.goto("/states"))?.headers()["x-adhere-page-cache"]).toBe("hit");
    // Straight in the database, so that no data-cache tag changes: only the session check stands between the reader
    // and the kept page.
    await prisma.$executeRaw`UPDATE "User" SET "sessionsRevokedAt" = ${new Date(Date.now() + 1_000)} WHERE id = ${user.id}`;
    await page.goto("/states");
    await expect(page).toHaveURL(/\/signin\?reason=revoked/);
  });
});
