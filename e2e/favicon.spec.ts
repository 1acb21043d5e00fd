import { expect, test } from "./fixtures";

test("a first visit finds the site's icon without signing in: /favicon.ico, and the icon the sign-in page links", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0, headers: { cookie: "" } });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  expect((await favicon.body()).length).toBeGreaterThan(0);

  await page.goto("/signin");
  const links = page.locator('head link[rel~="icon"]');
  await expect(links.first()).toBeAttached();
  for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute("href") ?? ""))) {
    const icon = await request.get(href, { maxRedirects: 0, headers: { cookie: "" } });
    expect(icon.status(), href).toBe(200);
    expect(icon.headers()["content-type"], href).toMatch(/^image\//);
  }
});
