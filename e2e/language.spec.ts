import { randomUUID } from "node:crypto";
import { test, expect } from "./fixtures";

const SPANISH_DATE = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

test.describe("language", () => {
  test("chosen before sign-in, changed in the header, and remembered with the account on another browser", async ({
    page,
    browser,
    baseURL,
    createUser,
  }) => {
    const user = await createUser({ role: "VIEWER" });

    await page.goto("/signin");
    await page.getByRole("navigation", { name: "Choose the language of pages and exports" }).getByRole("link", { name: "Français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveURL(/\/signin$/);
    await expect(
      page.getByText("Suivi de l’universalisation de la Convention sur les armes à sous-munitions. Connectez-vous pour continuer.", { exact: true }),
    ).toBeVisible();
    await page.getByLabel("Adresse e-mail").fill(user.email);
    await page.getByLabel("Mot de passe").fill(user.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("banner").getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    await page.getByRole("banner").getByRole("button", { name: "Español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("banner").getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Su cuenta" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Idioma" })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("button", { name: "Iniciar sesión" })).toBeVisible();

    // Another browser: no cookie, an English-speaking browser; the account's choice decides once signed in.
    const other = await browser.newContext({ baseURL, locale: "en-GB", extraHTTPHeaders: { "x-forwarded-for": `e2e-${randomUUID()}` } });
    try {
      const elsewhere = await other.newPage();
      await elsewhere.goto("/signin");
      await expect(elsewhere.locator("html")).toHaveAttribute("lang", "en");
      await elsewhere.getByLabel("Email").fill(user.email);
      await elsewhere.getByLabel("Password").fill(user.password);
      await elsewhere.getByRole("button", { name: "Sign in" }).click();
      await expect(elsewhere.getByRole("banner").getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
      await expect(elsewhere.locator("html")).toHaveAttribute("lang", "es");
      await expect(elsewhere.locator("main")).toContainText(SPANISH_DATE);
    } finally {
      await other.close();
    }
  });
});
