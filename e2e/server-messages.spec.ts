import { test, expect } from "./fixtures";

// The refusal is written by the server (lib/mutations) in English and reaches each reader in their own language.
// The form is found by its fields' names, not its labels, which are themselves translated.
test.describe("server messages in the reader's language", () => {
  test("a reader who chose French gets a refused form's messages in French; an English reader in English", async ({
    page,
    browser,
    prisma,
    createUser,
    signIn,
  }) => {
    const french = await createUser({ role: "VIEWER" });
    await signIn(page, french);
    await prisma.user.update({ where: { id: french.id }, data: { locale: "fr" } });
    await page.goto("/account");
    const form = page.locator("form").filter({ has: page.locator('input[name="currentPassword"]') });
    await form.locator('button[type="submit"]').click();
    await expect(form.getByText("Certains champs sont à corriger. Rien n'a été enregistré.", { exact: true })).toBeVisible();
    await expect(form.getByText("Saisissez votre mot de passe actuel.", { exact: true })).toBeVisible();
    await expect(form.getByText("Le mot de passe doit comporter au moins 12 caractères.", { exact: true })).toBeVisible();

    await form.locator('input[name="currentPassword"]').fill("not-the-password");
    await form.locator('input[name="newPassword"]').fill("a-new-long-password");
    await form.locator('input[name="confirmPassword"]').fill("a-new-long-password");
    await form.locator('button[type="submit"]').click();
    await expect(form.getByText("Ce n'est pas votre mot de passe actuel.", { exact: true })).toBeVisible();

    const englishPage = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `e2e-english-${french.id}` } })).newPage();
    await signIn(englishPage, await createUser({ role: "VIEWER" }));
    await englishPage.goto("/account");
    const englishForm = englishPage.locator("form").filter({ has: englishPage.locator('input[name="currentPassword"]') });
    await englishForm.locator('button[type="submit"]').click();
    await expect(englishForm.getByText("Enter your current password.", { exact: true })).toBeVisible();
    await englishPage.context().close();
  });
});
