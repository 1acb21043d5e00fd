// Steps several specs take as a person would; the fixtures (users, signed-in pages, the database) are in fixtures.ts.
import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, type TestUser } from "./fixtures";

/** Moves the keyboard focus with Tab until it reaches `target`, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab did not reach ${target} in ${maxPresses} presses`);
}

/** A person at another computer: their own browser context, their own session, their own address. */
export async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `e2e-${randomUUID()}` } });
  return context.newPage();
}

/** An administrator opens a user's page from the list of users. */
export async function openUser(page: Page, user: TestUser): Promise<void> {
  await page.goto("/admin/users");
  await page.locator(`tr[data-user="${user.email}"]`).getByRole("link", { name: user.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
}
