import type { Page } from "@playwright/test";
import type { Locale } from "../lib/domain/locale";
import { appPages } from "./app-pages";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** A message key shown instead of its text (next-intl's fallback for a key missing from the catalog). */
const UNTRANSLATED_KEY =
  /\b(common|nav|auth|errors|labels|dashboard|states|state|organisations|meetings|sessionImport|pledges|reports|contacts|admin|account)\.[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*\b/;

const PRINT_RULES = ["color-contrast", "link-in-text-block"];

/** What each language's navigation says, to tell that the page really is in that language. */
const DASHBOARD_LINK: Record<Locale, string> = { en: "Dashboard", fr: "Tableau de bord", es: "Panel" };

async function checkPage(page: Page, path: string, locale: Locale) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const text = await page.locator("body").innerText();
  expect(text.match(UNTRANSLATED_KEY)?.[0] ?? null, `${path} shows a message key`).toBeNull();
  await page.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(page);
  // On paper nothing appears that the screen lacks (the print styles only hide and recolour), so the rules that can
  // newly fail are those about colour. The print styles are the same in every language: checked once, in English.
  if (locale !== "en") return;
  await page.emulateMedia({ media: "print" });
  await expectNoAxeViolations(page, { rules: PRINT_RULES });
  await page.emulateMedia({ media: "screen" });
}

for (const locale of ["en", "fr", "es"] as const) {
  test(`every page in ${locale} passes WCAG 2.1 AA checks${locale === "en" ? " on screen and in print" : " on screen"} and shows no message key`, async ({
    page,
    prisma,
    createUser,
    signIn,
  }) => {
    test.setTimeout(300_000);
    const pages = await appPages(prisma);
    const admin = await createUser({ role: "ADMIN", locale });

    // Before signing in, the language is the one chosen on the sign-in page (kept in this browser).
    await page.goto(`/signin?lang=${locale}`);
    await checkPage(page, "/signin", locale);
    await page.context().clearCookies({ name: "adhere-locale" });

    await signIn(page, admin);
    await expect(page.getByRole("link", { name: DASHBOARD_LINK[locale], exact: true })).toBeVisible();
    const paths = [...pages.signedIn, ...pages.administration(admin.id)];
    for (const path of paths) await checkPage(page, path, locale);
  });
}
