import { test, expect, expectNoAxeViolations } from "./fixtures";

test.describe("sign-in", () => {
  test("an anonymous request to a page redirects to sign-in, then back to the page", async ({ page, createUser }) => {
    const user = await createUser({ role: "VIEWER" });
    await page.goto("/states?region=Europe");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstates%3Fregion%3DEurope$/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/states\?region=Europe$/);
    await expect(page.getByRole("heading", { name: "States", level: 1 })).toBeVisible();
  });

  test("a wrong password shows an error and does not sign in", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(/email or password is not correct/);
    await expect(page).toHaveURL(/\/signin/);
    await expectNoAxeViolations(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a deactivated account cannot sign in", async ({ page, createUser }) => {
    const user = await createUser({ active: false });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
  });

  test("signing in shows the dashboard with the user's name; signing out ends the session", async ({ page, createUser, signIn }) => {
    const user = await createUser({ role: "CONTRIBUTOR" });
    await signIn(page, user);
    await expect(page.getByRole("heading", { name: "Convention on Cluster Munitions", level: 1 })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(user.name);
    await expect(page.getByRole("banner")).toContainText("Contributor");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/states");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("after five wrong passwords even the right one is refused, with the same message and a hint to wait", async ({ page, createUser, prisma }) => {
    const user = await createUser({ role: "VIEWER" });
    await page.goto("/signin");
    const alert = page.locator("form").getByRole("alert");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alert).toHaveText("The email or password is not correct, or the account is not active.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toContainText("The email or password is not correct, or the account is not active.");
    await expect(alert).toContainText("Too many attempts: wait 15 minutes before trying again.");
    await expectNoAxeViolations(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
    const reasons = await prisma.auditEvent.findMany({ where: { userId: user.id, action: "auth.sign-in-failed" }, select: { after: true } });
    expect(reasons.map((r) => (r.after as { reason: string }).reason).sort()).toEqual(["throttled", ...Array(5).fill("wrong-password")]);
  });
});
