import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { PrismaClient, Role } from "@prisma/client";
import { createPrismaClient } from "../platform/db/client";
import { bumpVersions } from "../platform/cache/versions";
import { hashPassword } from "../platform/auth/password";
import { toolEnv } from "../platform/env";
import type { Locale } from "../lib/domain/locale";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
}

interface Fixtures {
  createUser: (options?: { role?: Role; active?: boolean; locale?: Locale }) => Promise<TestUser>;
  signIn: (page: Page, user: TestUser) => Promise<void>;
  /** A freshly created coordinator, already signed in. */
  coordinatorPage: Page;
}

interface WorkerFixtures {
  prisma: PrismaClient;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // Sign-in is throttled per client address; every browser runs on 127.0.0.1, so each test poses as its own
  // client, as a reverse proxy would report it, and one test's failed sign-ins never block another's.
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": `e2e-${randomUUID()}` });
  },
  // An uncaught error in a page fails the test: a hydration mismatch (the server's HTML and the browser's render
  // disagree) throws away the server's page and can swallow the click that follows.
  context: async ({ context }, use) => {
    const errors: string[] = [];
    context.on("weberror", (error) => errors.push(error.error().message));
    await use(context);
    expect(errors, "uncaught errors in the browser").toEqual([]);
  },
  prisma: [
    async ({}, use) => {
      const url = toolEnv().E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL is not set: run end-to-end tests through `npm run test:e2e`.");
      const client = createPrismaClient(url, { max: 2 });
      await use(invalidatingWrites(client));
      await client.$disconnect();
    },
    { scope: "worker" },
  ],
  createUser: async ({ prisma }, use) => {
    const created: string[] = [];
    await use(async ({ role = "COORDINATOR", active = true, locale } = {}) => {
      const password = `pw-${randomUUID()}`;
      const email = `e2e-${randomUUID()}@adhere.test`;
      const name = `E2E ${role.toLowerCase()} ${email.slice(4, 10)}`;
      const user = await prisma.user.create({
        data: { email, name, role, active, locale, passwordHash: await hashPassword(password) },
        select: { id: true },
      });
      created.push(user.id);
      return { id: user.id, email, password, name, role };
    });
  },
  signIn: async ({}, use) => {
    await use(async (page, user) => {
      await page.goto("/signin");
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Whatever language the user chose: the header's navigation is there once signed in.
      await expect(page.locator("header nav").first()).toBeVisible();
    });
  },
  coordinatorPage: async ({ page, createUser, signIn }, use) => {
    await signIn(page, await createUser({ role: "COORDINATOR" }));
    await use(page);
  },
});

export { expect };

const WRITES = /^(create|update|upsert|delete)/;

/**
 * Tests write records straight into the database, past the app's mutations, which are what invalidate the app's
 * data cache (platform/cache): after each such write the cache's tag versions are bumped as a change would, so that the
 * next page shows what the test wrote.
 */
function invalidatingWrites(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ operation, args, query }) {
          const result = await query(args);
          if (WRITES.test(operation)) await bumpVersions(client);
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
}

/** WCAG 2.1 AA checks on what the page shows now. */
export async function expectNoAxeViolations(page: Page, options: { rules?: string[] } = {}): Promise<void> {
  // Right after a Server Action Next is still putting the re-rendered page's <title> back (seen once in CI): check
  // the page once it has one; a page without a title still fails here.
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page });
  const results = await (options.rules ? builder.withRules(options.rules) : builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
