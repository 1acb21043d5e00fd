import type { Page, Response } from "@playwright/test";
import { test, expect } from "./fixtures";

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/** Collects what the browser reports: `securitypolicyviolation` events and CSP messages in the console. */
async function watchPolicy(page: Page): Promise<{ violations: Violation[]; consoleErrors: string[] }> {
  const violations: Violation[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        page: location.pathname,
      });
    });
  });
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return { violations, consoleErrors };
}

function nonceOf(policy: string): string {
  const match = /'nonce-([^']+)'/.exec(policy);
  expect(match, "the policy carries a nonce").not.toBeNull();
  return match![1];
}

function expectSecurityHeaders(response: Response | null): string {
  expect(response, "the page answered").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toBeDefined();
  const scriptSrc = policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  return policy;
}

test.describe("security headers and content security policy", () => {
  test("every page is served with a nonce policy and runs without a single violation", async ({ page, createUser, signIn }) => {
    const { violations, consoleErrors } = await watchPolicy(page);

    const signin = await page.goto("/signin");
    const first = nonceOf(expectSecurityHeaders(signin));
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();

    const admin = await createUser({ role: "ADMIN" });
    await signIn(page, admin);
    const pages: [string, string][] = [
      ["/", "Convention on Cluster Munitions"],
      ["/states", "States"],
      ["/states/TCD", "Chad"],
      ["/meetings", "Meetings"],
      ["/pledges", "Pledges"],
      ["/reports/progress?from=2013-04-15&to=2013-09-13", "Progress from 15 April 2013 to 13 September 2013"],
      ["/reports/targets", "Target list"],
      ["/states/NOWHERE", "Not found"],
      ["/no-such-page", "Not found"],
      ["/admin/users", "Users"],
      [`/admin/users/${admin.id}`, admin.name],
      ["/admin/audit", "Audit log"],
      ["/account", "Your account"],
    ];
    const nonces = new Set([first]);
    for (const [path, heading] of pages) {
      const response = await page.goto(path);
      nonces.add(nonceOf(expectSecurityHeaders(response)));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
    // The app's scripts were allowed to run: a link click is a client-side navigation, not a page load.
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "States" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "States" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);

    expect(nonces.size, "a fresh nonce for every response").toBe(pages.length + 1);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("markup injected into the page cannot run script: inline handlers and scripts without the nonce are blocked and reported", async ({
    page,
  }) => {
    const { violations } = await watchPolicy(page);
    await page.goto("/signin");
    // What a cross-site scripting flaw would let through: HTML parsed into the page.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img alt="" src="data:,x" onerror="window.__injected = true">');
      document.body.insertAdjacentHTML("beforeend", '<iframe title="x" srcdoc="<script>parent.__injected = true</script>"></iframe>');
    });
    await expect.poll(() => violations.map((v) => v.directive).sort()).toEqual(["script-src-attr", "script-src-elem"]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context, createUser, signIn }) => {
    await signIn(page, await createUser({ role: "VIEWER" }));
    const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  });
});
