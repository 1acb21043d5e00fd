import type { Page } from "@playwright/test";
import { appPages } from "./app-pages";
import { expect, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/**
 * How far the page scrolls sideways, and the outermost elements that stick out of the window: not those inside a
 * box that scrolls or clips on its own (a wide table in its scrolling region is fine), nor those inside another
 * element already listed.
 */
async function sidewaysOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    // Approximate: an absolutely placed element may escape its scrolling ancestor (then it is listed, rightly).
    const clipped = (el: Element) => {
      if (["absolute", "fixed"].includes(getComputedStyle(el).position)) return false;
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const outside = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el));
    const outermost = outside.filter((el) => !outside.some((other) => other !== el && other.contains(el)));
    const describe = (el: Element) => {
      const classes = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "";
      const label = el.getAttribute("aria-label") ?? el.getAttribute("name") ?? el.id;
      return `<${el.tagName.toLowerCase()}${classes}${label ? ` "${label}"` : ""}> right edge ${Math.round(el.getBoundingClientRect().right)} px`;
    };
    return { by: document.documentElement.scrollWidth - width, culprits: outermost.slice(0, 10).map(describe) };
  });
}

/** What the page shows now, if it scrolls sideways: by how much, and which elements stick out. */
async function sidewaysProblem(page: Page, what: string): Promise<string | null> {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const { by, culprits } = await sidewaysOverflow(page);
  return by > 0 ? `${what} scrolls sideways by ${by} px: ${culprits.join("; ") || "(no single element found)"}` : null;
}

/** Every page is visited before failing, so that one run names all the pages that scroll sideways, and why. */
async function expectAllFitPhone(page: Page, paths: string[]): Promise<void> {
  const failures: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    const problem = await sidewaysProblem(page, path);
    if (problem) failures.push(problem);
  }
  expect(failures).toEqual([]);
}

test.use({ viewport: PHONE });

test("the sign-in page fits a phone's width", async ({ page }) => {
  await expectAllFitPhone(page, ["/signin"]);
});

test("every page a coordinator uses fits a phone's width, wide tables scrolling in their own box", async ({ page, prisma, createUser, signIn }) => {
  test.setTimeout(240_000);
  const { signedIn } = await appPages(prisma);
  await signIn(page, await createUser({ role: "COORDINATOR" }));
  await expectAllFitPhone(page, signedIn);

  // A new API token and calendar address are shown once, in full, above the table of tokens.
  await page.goto("/account");
  await page.getByRole("button", { name: "Create calendar feed" }).click();
  await expect(page.getByLabel("Your calendar feed address")).toBeVisible();
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Token name").fill("A script with a rather long name for its token");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("Your new API token")).toBeVisible();
  await expect(page.locator("[data-api-token]")).toHaveCount(1);
  expect(await sidewaysProblem(page, "/account with a new token")).toBeNull();

  // The states table is wider than a phone: it scrolls inside its own region, which the keyboard can reach.
  await page.goto("/states");
  const region = page.getByRole("region", { name: "States and their status under the Convention on Cluster Munitions" });
  await expect(region).toHaveAttribute("tabindex", "0");
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test("every administration page fits a phone's width", async ({ page, prisma, createUser, signIn }) => {
  test.setTimeout(120_000);
  const { administration } = await appPages(prisma);
  const admin = await createUser({ role: "ADMIN" });
  await signIn(page, admin);
  await expectAllFitPhone(page, ["/admin", ...administration(admin.id), "/account"]);
});
