import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/platform/db/client";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { toolEnv } from "@/platform/env";
import { DEMO_PASSWORD } from "@/platform/seed/seed";
import { databaseName, recreateDatabase, withDatabase } from "@/scripts/lib/database";
import { findFreePort } from "@/scripts/lib/ports";
import { Browser } from "../reliability/support/client";
import { startApp, type StartedProcess } from "../support/start-process";

// Two instances of the production build against one database and one Redis, as behind a load balancer.
const env = toolEnv();
const redisUrl = env.REDIS_URL ?? "redis://127.0.0.1:6379";
// Keys of this run only: other runs on the same Redis never see them, and they are removed afterwards.
const prefix = `adhere-test-${randomUUID()}`;
const started: StartedProcess[] = [];
const STATE = { iso3: "TUV", name: "Tuvalu" };

/** The state's row on the states list, as served by one instance, and how its page cache answered. */
async function stateRow(browser: Browser): Promise<{ row: string; pageCache: string | null }> {
  // As a browser loads a page (the page cache keeps only such loads, platform/page-cache/pages.ts).
  const response = await browser.fetch(`/states?q=${STATE.name}`, { headers: { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const row = new RegExp(`<tr[^>]*data-iso3="${STATE.iso3}"[\\s\\S]*?</tr>`).exec(html);
  expect(row, "the state's row").not.toBeNull();
  // A kept page carries this answer's nonce, the one its policy allows, and no other.
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const nonces = new Set([...html.matchAll(/ nonce="([^"]+)"/g)].map((m) => m[1]));
  expect([...nonces]).toEqual([nonce]);
  return { row: row![0], pageCache: response.headers.get("x-adhere-page-cache") };
}

describe("two instances sharing one database and one Redis", () => {
  afterAll(async () => {
    for (const app of started.filter((a) => a.child.exitCode === null)) {
      app.child.kill("SIGINT");
      await app.exited;
    }
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it("shows a change made through one instance on the next request to the other", async () => {
    const base = env.TEST_DATABASE_URL;
    if (!base) throw new Error("TEST_DATABASE_URL is not set: run through `npm test` (boot stage).");
    const databaseUrl = withDatabase(base, `${databaseName(base)}_instances`);
    await recreateDatabase(databaseUrl);
    const appEnv = {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "two-instances-secret-long-enough-for-tests",
      SEED_DEMO: "1",
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
    };
    const ports = [await findFreePort(), await findFreePort()];
    // One after the other: the first migrates and seeds, the second finds it done.
    for (const port of ports) {
      const app = startApp({ ...appEnv, PORT: String(port) });
      started.push(app);
      await app.waitFor("Press Ctrl-C to stop.", 180_000);
    }
    const [one, two] = ports.map((port) => new Browser(`http://127.0.0.1:${port}`));
    await one.signIn("coordinator@adhere.test", DEMO_PASSWORD);
    await two.signIn("coordinator@adhere.test", DEMO_PASSWORD);

    const today = todayIso();
    // Both instances have the list cached (the second read is served from the cache).
    const reads = [];
    for (const browser of [one, two, one, two]) reads.push(await stateRow(browser));
    for (const read of reads) expect(read.row).not.toContain(`dateTime="${today}"`);
    expect(reads.map((r) => r.pageCache)).toEqual(["miss", "miss", "hit", "hit"]);
    const redis = new Redis(redisUrl);
    try {
      expect((await redis.keys(`${prefix}:*`)).length, "values kept in the shared Redis").toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }

    const prisma = createPrismaClient(databaseUrl, { max: 1 });
    const actor = await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } });
    await prisma.$disconnect();
    const summary = `Two instances ${randomUUID()}`;
    const saved = await one.action("createContact", "/contacts/new", {
      date: today,
      status: "DONE",
      actorId: actor.id,
      targets: STATE.iso3,
      channel: "EMAIL",
      summary,
      sensitivity: "SHARED",
    });
    expect(saved.state, saved.body.slice(0, 500)).toMatchObject({ status: "done", ok: true });

    // Neither instance serves its kept page any more: the change bumped the versions both read from PostgreSQL.
    expect(await stateRow(two)).toMatchObject({ row: expect.stringContaining(`dateTime="${today}"`), pageCache: "miss" });
    expect(await stateRow(one)).toMatchObject({ row: expect.stringContaining(`dateTime="${today}"`), pageCache: "miss" });
    expect(await stateRow(one)).toMatchObject({ row: expect.stringContaining(`dateTime="${today}"`), pageCache: "hit" });
  });
});
