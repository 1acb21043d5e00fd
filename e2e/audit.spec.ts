import { randomUUID } from "node:crypto";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const today = () => new Date().toISOString().slice(0, 10);

test.describe("audit log", () => {
  test("a coordinator finds their change with before and after, and a refused sign-in, by filtering", async ({
    page,
    browser,
    createUser,
    signIn,
  }) => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    // A wrong password from another browser first: it must show up as a refused sign-in.
    const other = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" } })).newPage();
    await other.goto("/signin");
    await other.getByLabel("Email").fill(coordinator.email);
    await other.getByLabel("Password").fill("not the password");
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.locator("form").getByRole("alert")).toBeVisible();

    await signIn(page, coordinator);
    const note = `Audit check ${randomUUID()}`;
    await page.goto("/states/TCD");
    await page.getByText("Add a note").click();
    await page.getByRole("form", { name: "Add a note" }).getByLabel("Note").fill(note);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("status")).toContainText("Note added");

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await page.getByLabel("User").selectOption(coordinator.id);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`user=${coordinator.id}`));
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("Note added");
    await expect(rows.nth(0)).toContainText(note);
    await expect(rows.nth(0)).toContainText("StateNote · TCD");
    await expect(rows.nth(1)).toContainText("Signed in");
    await expect(rows.nth(2)).toContainText("Sign-in refused");
    await expect(rows.nth(2)).toContainText("wrong-password");
    await expect(rows.nth(2)).toContainText("198.51.100.23");
    await expectNoAxeViolations(page);

    await page.getByLabel("Action").selectOption("auth.sign-in-failed");
    await page.getByLabel("From").fill(today());
    await page.getByLabel("To").fill(today());
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole("status")).toHaveText("1 event matches.");

    await page.goto(`/admin/audit?user=${coordinator.id}&to=2020-01-01`);
    await expect(page.getByText("No event matches this filter.")).toBeVisible();
    await expect(rows).toHaveCount(0);
  });

  test("shows 50 events a page, newest first, with links to older and back to the newest", async ({ page, createUser, signIn, prisma }) => {
    const admin = await createUser({ role: "ADMIN" });
    const subject = await createUser({ role: "VIEWER" });
    const start = Date.UTC(2024, 0, 1);
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        userId: subject.id,
        action: "stateNote.add",
        entity: "StateNote",
        entityId: `paging-${i}`,
        at: new Date(start + i * 60_000),
        after: { body: `Paging note ${String(i).padStart(2, "0")}` },
      })),
    });
    await signIn(page, admin);
    await page.goto(`/admin/audit?user=${subject.id}`);
    const rows = page.locator("tbody tr");
    await expect(page.getByRole("status")).toHaveText("70 events match.");
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("Paging note 69");
    await expect(rows.last()).toContainText("Paging note 20");
    await expect(page.getByRole("link", { name: "Newest events" })).toHaveCount(0);

    await page.getByRole("link", { name: "Older events" }).click();
    await expect(rows).toHaveCount(20);
    await expect(rows.first()).toContainText("Paging note 19");
    await expect(rows.last()).toContainText("Paging note 00");
    await expect(page.getByRole("link", { name: "Older events" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Newest events" }).click();
    await expect(rows.first()).toContainText("Paging note 69");
    await expect(page).toHaveURL(new RegExp(`/admin/audit\\?user=${subject.id}$`));
  });
});
