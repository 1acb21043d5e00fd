import { test, expect, expectNoAxeViolations } from "./fixtures";

test.describe("read API and calendar feed", () => {
  test("a user makes an API token on their account page, sees it once, a program reads with it, and revoking stops it", async ({
    page,
    request,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "VIEWER" }));
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "API tokens" })).toBeVisible();
    await expect(page.getByText("You have no API tokens.")).toBeVisible();

    const form = page.getByRole("form", { name: "Create an API token" });
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(page.locator("#token-name-error")).toHaveText("Name the token, e.g. after the script that uses it.");
    await form.getByLabel("Token name").fill("Monthly report script");
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "API token" })).toContainText("shown only this once");
    const token = await page.getByLabel("Your new API token").inputValue();
    expect(token).toMatch(/^adh_/);
    await expectNoAxeViolations(page);

    // A program, not a browser: no session cookie, only the bearer token. Never redirected to the sign-in page.
    const anonymous = await request.get("/api/v1/states?limit=1", { maxRedirects: 0, headers: { cookie: "" } });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    const states = await request.get("/api/v1/states?limit=1&region=Africa", {
      maxRedirects: 0,
      headers: { authorization: `Bearer ${token}`, cookie: "" },
    });
    expect(states.status()).toBe(200);
    const body = await states.json();
    expect(body.page).toMatchObject({ limit: 1, pageCount: body.page.total });
    expect(body.data[0].region).toBe("Africa");
    expect((await request.get("/api/v1/openapi.json", { maxRedirects: 0, headers: { cookie: "" } })).status()).toBe(200);

    // Shown once: after a reload only the name and the first characters are left.
    await page.reload();
    await expect(page.getByLabel("Your new API token")).toHaveCount(0);
    const row = page.locator('tr[data-api-token="Monthly report script"]');
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).toContainText("UTC");
    await row.getByRole("button", { name: "Revoke Monthly report script" }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get("/api/v1/states?limit=1", { maxRedirects: 0, headers: { authorization: `Bearer ${token}`, cookie: "" } });
    expect(refused.status()).toBe(401);
  });

  test("a coordinator subscribes to their calendar feed, gets a new address, and revokes it", async ({ page, request, createUser, signIn }) => {
    await signIn(page, await createUser({ role: "COORDINATOR" }));
    await page.goto("/account");
    await expect(page.getByText("You have no calendar feed.")).toBeVisible();
    await page.getByRole("button", { name: "Create calendar feed" }).click();
    const address = await page.getByLabel("Your calendar feed address").inputValue();
    expect(address).toMatch(/\/calendar\.ics\?token=adc_/);
    const feed = await request.get(address, { maxRedirects: 0, headers: { cookie: "" } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator("[data-calendar-status]")).toContainText("Active since");
    await page.getByRole("button", { name: "New address (the old one stops working)" }).click();
    const renewed = await page.getByLabel("Your calendar feed address").inputValue();
    expect(renewed).not.toBe(address);
    expect((await request.get(address, { maxRedirects: 0, headers: { cookie: "" } })).status()).toBe(404);
    expect((await request.get(renewed, { maxRedirects: 0, headers: { cookie: "" } })).status()).toBe(200);

    await page.getByRole("button", { name: "Revoke feed" }).click();
    await expect(page.getByRole("status").filter({ hasText: "revoked" })).toBeVisible();
    expect((await request.get(renewed, { maxRedirects: 0, headers: { cookie: "" } })).status()).toBe(404);
  });
});
