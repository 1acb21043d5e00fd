import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { openUser, otherBrowser } from "./helpers";

async function expectOnSignIn(page: Page, message: string | RegExp) {
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByTestId("signed-out-reason")).toContainText(message);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
}

test.describe("sessions", () => {
  test("signing out everywhere from one browser sends the other to sign-in on its next page", async ({ page, browser, createUser, signIn }) => {
    const user = await createUser({ role: "CONTRIBUTOR" });
    await signIn(page, user);
    const elsewhere = await otherBrowser(browser);
    await signIn(elsewhere, user);
    await elsewhere.goto("/states");
    await expect(elsewhere.getByRole("heading", { level: 1, name: "States" })).toBeVisible();

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "Sign out everywhere" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expectOnSignIn(page, "You are signed out on every browser and device.");
    await expectNoAxeViolations(page);

    await elsewhere.goto("/states");
    await expectOnSignIn(elsewhere, "Your session has ended");
    // Signing in again works, on either browser.
    await signIn(elsewhere, user);
    await expect(elsewhere.getByRole("banner")).toContainText(user.name);
  });

  test("an administrator signs a user out everywhere; it is in the audit log", async ({ page, browser, createUser, signIn }) => {
    const admin = await createUser({ role: "ADMIN" });
    await signIn(page, admin);
    const target = await createUser({ role: "COORDINATOR" });
    const theirs = await otherBrowser(browser);
    await signIn(theirs, target);

    await openUser(page, target);
    await expect(page.getByTestId("session-count")).toContainText("1 open session");
    await page.getByRole("form", { name: "Sign out everywhere" }).getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("status")).toContainText(`${target.name} is signed out everywhere`);
    await expect(page.getByTestId("session-count")).toContainText("No open session");

    await theirs.goto("/pledges");
    await expectOnSignIn(theirs, "Your session has ended");
    await page.goto(`/admin/audit?user=${admin.id}`);
    await expect(page.getByRole("main")).toContainText("Signed out everywhere by an administrator");
  });

  test("a session left idle, or past its lifetime, is treated as signed out on the next request", async ({ page, createUser, signIn, prisma }) => {
    const user = await createUser({ role: "VIEWER" });
    await signIn(page, user);
    await page.goto("/states");
    await expect(page.getByRole("heading", { level: 1, name: "States" })).toBeVisible();
    // Move the session's last activity back instead of waiting for the idle timeout.
    await prisma.authSession.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - 25 * 3_600_000) } });
    await page.goto("/states");
    await expectOnSignIn(page, /You were signed out after .+ without activity\./);

    await signIn(page, user);
    await prisma.authSession.updateMany({ where: { userId: user.id }, data: { signedInAt: new Date(Date.now() - 200 * 3_600_000) } });
    await page.goto("/");
    await expectOnSignIn(page, /Sessions last at most .+ from sign-in; yours has ended\./);
  });

  test("an administrator sets the session lifetime and idle timeout; a bad value is explained and nothing changes", async ({
    page,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    await page.goto("/admin/settings");
    const form = page.getByRole("form", { name: "Sessions" });
    await form.getByLabel("Session lifetime (hours from sign-in)").fill("2");
    await form.getByLabel("Idle timeout (minutes without activity)").fill("300");
    await form.getByRole("button", { name: "Save session settings" }).click();
    await expect(form.getByRole("alert")).toContainText("Nothing was saved");
    await expect(page.locator("#session-idle-error")).toHaveText("The idle timeout cannot be longer than the session lifetime.");
    await expectNoAxeViolations(page);

    await form.getByLabel("Session lifetime (hours from sign-in)").fill("10");
    await form.getByLabel("Idle timeout (minutes without activity)").fill("90");
    await form.getByRole("button", { name: "Save session settings" }).click();
    await expect(form.getByRole("status")).toContainText("Sessions now end 10 hours after sign-in, or after 90 minutes without activity");
    await page.reload();
    await expect(form.getByLabel("Idle timeout (minutes without activity)")).toHaveValue("90");
  });
});

test.describe("writers limited to regions", () => {
  test("an administrator limits a coordinator to Africa: states elsewhere become read-only for them", async ({
    page,
    browser,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    const target = await createUser({ role: "COORDINATOR" });
    const theirs = await otherBrowser(browser);
    await signIn(theirs, target);
    await theirs.goto("/states/FRA");
    await expect(theirs.getByText("Edit treaty record")).toBeVisible();

    await openUser(page, target);
    const form = page.getByRole("form", { name: "Regions for writing" });
    await form.getByLabel("Africa").check();
    await form.getByRole("button", { name: "Save regions" }).click();
    await expect(form.getByRole("status")).toContainText(`${target.name} may now change data of states in Africa only`);
    await expectNoAxeViolations(page);
    await page.goto("/admin/users");
    await expect(page.locator(`tr[data-user="${target.email}"]`)).toContainText("Africa only");

    await theirs.reload();
    await expect(theirs.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
    await expect(theirs.getByTestId("out-of-scope")).toContainText("You may change data of states in Africa only");
    await expect(theirs.getByText("Edit treaty record")).toHaveCount(0);
    await expect(theirs.getByRole("link", { name: /Log contact with France/ })).toHaveCount(0);
    await theirs.goto("/states/GHA");
    await expect(theirs.getByText("Edit treaty record")).toBeVisible();
    await expect(theirs.getByTestId("out-of-scope")).toHaveCount(0);
  });
});
