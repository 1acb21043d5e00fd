import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { openUser, otherBrowser } from "./helpers";

async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectRefused(page: Page, email: string, password: string) {
  await attemptSignIn(page, email, password);
  await expect(page.locator("form").getByRole("alert")).toContainText("The email or password is not correct, or the account is not active.");
}

async function expectSignedIn(page: Page, email: string, password: string, name: string) {
  await attemptSignIn(page, email, password);
  await expect(page.getByRole("banner")).toContainText(name);
}

test.describe("user administration", () => {
  test("an administrator adds a user, who can then sign in; a refused form keeps what was typed but not the password", async ({
    page,
    browser,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `new-${randomUUID()}@adhere.test`;
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("Amina Diallo");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption("CONTRIBUTOR");
    await form.getByLabel("Initial password").fill("too short");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("alert")).toContainText("Nothing was saved");
    const password = form.getByLabel("Initial password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#new-user-password-error")).toHaveText("The password must have at least 12 characters.");
    await expect(password).toHaveValue("");
    await expect(form.getByLabel("Name")).toHaveValue("Amina Diallo");
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expectNoAxeViolations(page);

    await password.fill("a long enough initial password");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("status")).toContainText(`Amina Diallo (Contributor) can now sign in with ${email}`);
    await expect(page.locator(`tr[data-user="${email}"]`)).toContainText("Contributor");
    await expect(page.locator(`tr[data-user="${email}"]`)).toContainText("Never");

    await expectSignedIn(await otherBrowser(browser), email, "a long enough initial password", "Amina Diallo (Contributor)");
  });

  test("deactivating a signed-in user refuses their existing session on their next page; reactivating lets them back", async ({
    page,
    browser,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    const target = await createUser({ role: "COORDINATOR" });
    const theirPage = await otherBrowser(browser);
    await expectSignedIn(theirPage, target.email, target.password, target.name);
    await theirPage.goto("/states");
    await expect(theirPage.getByRole("heading", { level: 1, name: "States" })).toBeVisible();

    await openUser(page, target);
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(page.getByRole("status")).toContainText(`${target.name} is deactivated`);
    await expect(page.getByTestId("user-status")).toHaveText("Deactivated: cannot sign in");
    await expectNoAxeViolations(page);

    // Their browser still holds a valid, unexpired session token; the server refuses it all the same.
    const sessionCookie = async () => (await theirPage.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(await sessionCookie()).toBeDefined();
    await theirPage.goto("/states");
    await expect(theirPage).toHaveURL(/\/signin/);
    await expect(theirPage.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(await sessionCookie()).toBeDefined();
    await expectRefused(theirPage, target.email, target.password);

    await page.getByRole("button", { name: "Reactivate account" }).click();
    await expect(page.getByRole("status")).toContainText(`${target.name} is active again`);
    // Reactivation does not bring the old session back: it ended for good.
    await theirPage.goto("/states");
    await expect(theirPage).toHaveURL(/\/signin/);
    await expectSignedIn(theirPage, target.email, target.password, target.name);
  });

  test("a role change applies on the user's next page", async ({ page, browser, createUser, signIn }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    const target = await createUser({ role: "COORDINATOR" });
    const theirPage = await otherBrowser(browser);
    await expectSignedIn(theirPage, target.email, target.password, target.name);
    await theirPage.goto("/states/TCD");
    await expect(theirPage.getByText("Edit treaty record")).toBeVisible();

    await openUser(page, target);
    await page.getByRole("form", { name: "Change role" }).getByLabel("Role").selectOption("VIEWER");
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status")).toContainText(`${target.name} is now Viewer`);

    await theirPage.reload();
    await expect(theirPage.getByRole("heading", { level: 1, name: "Chad" })).toBeVisible();
    await expect(theirPage.getByText("Edit treaty record")).toHaveCount(0);
    await expect(theirPage.getByRole("banner")).toContainText("(Viewer)");
  });

  test("an administrator resets a password: the user's sessions end, the old password stops working, the new one works", async ({
    page,
    browser,
    createUser,
    signIn,
  }) => {
    await signIn(page, await createUser({ role: "ADMIN" }));
    const target = await createUser({ role: "VIEWER" });
    const theirPage = await otherBrowser(browser);
    await expectSignedIn(theirPage, target.email, target.password, target.name);
    await openUser(page, target);
    await page.getByLabel("New password").fill("a brand new password");
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByRole("status")).toContainText(`The password of ${target.name} is reset`);
    await expect(page.getByLabel("New password")).toHaveValue("");

    await theirPage.goto("/");
    await expect(theirPage).toHaveURL(/\/signin/);
    await expectRefused(theirPage, target.email, target.password);
    await expectSignedIn(theirPage, target.email, "a brand new password", target.name);
  });

  test("an administrator cannot deactivate their own account", async ({ page, createUser, signIn }) => {
    const admin = await createUser({ role: "ADMIN" });
    await signIn(page, admin);
    await openUser(page, admin);
    await expect(page.getByText("This is your own account: another administrator can deactivate it.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);
  });

  for (const role of ["VIEWER", "CONTRIBUTOR", "COORDINATOR"] as const) {
    test(`a ${role.toLowerCase()} has no Admin link and finds no user administration`, async ({ page, createUser, signIn }) => {
      await signIn(page, await createUser({ role }));
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
      for (const path of ["/admin/users", "/admin"]) {
        await page.goto(path);
        if (role === "COORDINATOR" && path === "/admin") {
          await expect(page).toHaveURL(/\/admin\/audit$/);
        } else {
          await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
        }
      }
      await page.goto("/admin/audit");
      await expect(page.getByRole("heading", { level: 1, name: role === "COORDINATOR" ? "Audit log" : "Not found" })).toBeVisible();
    });
  }
});

test.describe("your account", () => {
  test("a user changes their own password, which needs the current one", async ({ page, createUser, signIn }) => {
    const user = await createUser({ role: "CONTRIBUTOR" });
    await signIn(page, user);
    await page.getByRole("banner").getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectNoAxeViolations(page);

    const form = page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password", { exact: true }).fill("my new password 2026");
    await form.getByLabel("New password again").fill("my new password 2026");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#current-password-error")).toHaveText("This is not your current password.");
    await expect(form.getByLabel("Current password")).toHaveValue("");
    await expectNoAxeViolations(page);

    await form.getByLabel("Current password").fill(user.password);
    await form.getByLabel("New password", { exact: true }).fill("my new password 2026");
    await form.getByLabel("New password again").fill("my new password 2026");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toContainText("Your password is changed");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/signin/);
    await expectRefused(page, user.email, user.password);
    await expectSignedIn(page, user.email, "my new password 2026", user.name);
  });
});
