// `npm run bench -- [--duration S] [--connections N] [--port P] [--no-two-instances] [--no-counts]`: the benchmark of issue #9.
// DATABASE_URL: the large data set (`npm run seed:large`; its name must contain "large" or "bench"). A database
// `<name>_normal` next to it is recreated with the normal seed, to compare the SQL statements per page.
// Writes docs/performance.md. A script, not a test: its figures depend on the machine.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import Redis from "ioredis";
import type { PrismaClient } from "@prisma/client";
import { bumpVersions } from "@/platform/cache/versions";
import { createPrismaClient } from "@/platform/db/client";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { toolEnv } from "@/platform/env";
import { DEMO_PASSWORD, seed } from "@/platform/seed/seed";
import { Browser } from "@/tests/reliability/support/client";
import { fail, runMain } from "./lib/cli";
import { ensureBuild } from "./lib/build";
import { databaseName, ensureServerReachable, migrateDeploy, recreateDatabase, withDatabase } from "./lib/database";
import { startBenchApp, type BenchApp } from "./lib/bench/app";
import { drain, load, logContacts, pageWeight, statementsOf, timeRequests, warmUp, type LoadResult, type WriteResult } from "./lib/bench/measure";
import { startRoundRobin } from "./lib/bench/round-robin";
import { startStatementCounter } from "./lib/bench/statement-counter";
import { writeReport, type BenchRun } from "./lib/bench/report";

const log = (line: string) => console.log(`[bench] ${line}`);
const EMAIL = "coordinator@adhere.test";
const BASELINE = "/signin";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) fail(`${name} needs a positive number.`);
  return value;
}

async function signedIn(baseUrl: string): Promise<Browser> {
  const browser = new Browser(baseUrl);
  await browser.signIn(EMAIL, DEMO_PASSWORD);
  return browser;
}

/** The pages of the benchmark, for the data in this database. */
async function pagesFor(prisma: PrismaClient): Promise<{ label: string; path: string }[]> {
  const [busiest] = await prisma.$queryRaw<{ iso3: string }[]>`
    SELECT cs."stateIso3" AS iso3 FROM "ContactState" cs GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
  const year = Number(todayIso().slice(0, 4)) - 1;
  return [
    { label: "/", path: "/" },
    { label: "/states", path: "/states" },
    { label: "/states/[iso3]", path: `/states/${busiest.iso3}` },
    { label: "/pledges", path: "/pledges" },
    { label: "/contacts", path: "/contacts" },
    { label: "/contacts (filtered)", path: "/contacts?region=Africa&outcome=POSITIVE" },
    { label: "/reports/progress (full year)", path: `/reports/progress?from=${year}-01-01&to=${year}-12-31` },
  ];
}

async function contactFields(prisma: PrismaClient, run: string) {
  const actor = await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } });
  const states = (await prisma.state.findMany({ select: { iso3: true }, orderBy: { iso3: "asc" } })).map((s) => s.iso3);
  const today = todayIso();
  return (writer: number, i: number) => ({
    date: today,
    status: "DONE",
    actorId: actor.id,
    targets: states[(writer * 37 + i * 11) % states.length],
    channel: "EMAIL",
    summary: `${run} w${writer} #${i}`,
    sensitivity: "SHARED",
  });
}

async function countStatements(databaseUrl: string, port: number, pages: { path: string }[]) {
  const url = new URL(databaseUrl);
  const counter = await startStatementCounter({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = "127.0.0.1";
  url.port = String(counter.port);
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  const app = await startBenchApp(port, url.toString());
  try {
    const browser = await signedIn(app.baseUrl);
    const counts = new Map<string, { changed: number; cached: number }>();
    for (const page of pages) {
      await statementsOf(browser, page.path, counter.count);
      await bumpVersions(prisma);
      const changed = await statementsOf(browser, page.path, counter.count);
      const cached = await statementsOf(browser, page.path, counter.count);
      counts.set(page.path, { changed, cached });
      log(`${page.path}: ${changed} statements after a change, ${cached} on the next request`);
    }
    return counts;
  } finally {
    await app.stop();
    await counter.close();
    await prisma.$disconnect();
  }
}

async function measurePages(
  app: { baseUrl: string },
  pages: { label: string; path: string }[],
  options: { connections: number; duration: number },
  extra: Record<string, string> = {},
) {
  const browser = await signedIn(app.baseUrl);
  const cookie = browser.cookieHeader;
  const results: LoadResult[] = [];
  // The baseline is the sign-in page, which a signed-in user is sent away from: it is requested without the session.
  const anonymous = new Browser(app.baseUrl);
  for (const page of pages) {
    const signedOut = page.path === BASELINE;
    await warmUp(signedOut ? anonymous : browser, page.path, signedOut ? "" : cookie);
    await drain(app.baseUrl);
    const result = await load(app.baseUrl, page.label, page.path, signedOut ? "" : cookie, options, extra);
    const waited = await drain(app.baseUrl);
    log(
      `${page.label}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}; ${(waited / 1000).toFixed(0)} s until the queue was worked off`,
    );
    results.push(result);
  }
  return { browser, cookie, results };
}

async function measureWrites(baseUrl: string, prisma: PrismaClient, seconds: number): Promise<{ writes: WriteResult; present: number }> {
  const run = `bench-${randomUUID().slice(0, 8)}`;
  // One after another: sign-in throttling counts an attempt still being checked as a failure (platform/auth/throttle.ts).
  const writers: Browser[] = [];
  for (let i = 0; i < 20; i++) writers.push(await signedIn(baseUrl));
  const writes = await logContacts(writers, seconds, await contactFields(prisma, run));
  const present = await prisma.contact.count({ where: { summary: { startsWith: `${run} ` } } });
  log(
    `log-a-contact: ${writes.perSecond.toFixed(1)} writes/s, ${writes.saved} saved, ${writes.errors} errors, ${present} present${writes.firstError ? `; first error: ${writes.firstError}` : ""}`,
  );
  return { writes, present };
}

/** A write run that could not take place is reported as such, with the rest of the figures. */
function failedWrites(error: Error): { writes: WriteResult; present: number } {
  log(`log-a-contact failed: ${error.message}`);
  return {
    writes: { writers: 20, seconds: 0, saved: 0, confirmations: 0, errors: 1, firstError: error.message, perSecond: 0, p50: 0, p99: 0 },
    present: 0,
  };
}

runMain(async () => {
  const env = toolEnv();
  const duration = option("--duration", 10);
  const connections = option("--connections", 20);
  const basePort = option("--port", 3210);
  const largeUrl = env.DATABASE_URL;
  if (!largeUrl) fail("DATABASE_URL is not set: point it at the large data set (npm run seed:large).");
  if (!/large|bench/i.test(databaseName(largeUrl)))
    fail(
      `DATABASE_URL names "${databaseName(largeUrl)}": the benchmark writes to it; use the large data set's database (its name contains "large" or "bench").`,
    );
  await ensureServerReachable(largeUrl);
  const loadBefore = os.loadavg();
  await migrateDeploy(largeUrl);
  await ensureBuild(log);

  const prisma = createPrismaClient(largeUrl, { max: 2 });
  const contacts = await prisma.contact.count();
  if (contacts < 100_000) fail(`${databaseName(largeUrl)} holds ${contacts} contacts: fill it with \`npm run seed:large\` first.`);
  const dataSet = `${databaseName(largeUrl)}: ${contacts.toLocaleString("en-GB")} contacts, ${(await prisma.pledge.count()).toLocaleString("en-GB")} pledges, ${(await prisma.auditEvent.count()).toLocaleString("en-GB")} audit events, ${(await prisma.user.count()).toLocaleString("en-GB")} users`;
  const pages = await pagesFor(prisma);
  const options = { connections, duration };

  let statements: BenchRun["statements"] = [];
  if (!process.argv.includes("--no-counts")) {
    log("SQL statements per page, normal data set");
    const normalUrl = withDatabase(largeUrl, `${databaseName(largeUrl)}_normal`);
    await recreateDatabase(normalUrl);
    await migrateDeploy(normalUrl);
    const normalPrisma = createPrismaClient(normalUrl, { max: 2 });
    await seed(normalPrisma, { demoUsers: true });
    const normalPages = await pagesFor(normalPrisma);
    await normalPrisma.$disconnect();
    // The same routes: the busiest state and the report year may differ between the data sets.
    const normal = await countStatements(normalUrl, basePort + 1, normalPages);
    log("SQL statements per page, large data set");
    const large = await countStatements(largeUrl, basePort + 1, pages);
    statements = pages.map((p, i) => ({ path: p.label, normal: normal.get(normalPages[i].path)!, large: large.get(p.path)! }));
  }

  log(`One instance on port ${basePort}, ${connections} connections, ${duration} s per page`);
  let app: BenchApp | undefined = await startBenchApp(basePort, largeUrl);
  const single = await measurePages(app, [{ label: "baseline", path: BASELINE }, ...pages], options);
  const [baseline, ...pageResults] = single.results;
  // autocannon asks for no compression; a browser asks for gzip, which Next then applies to every answer.
  log("Baseline, / and /states again, asking for gzip as a browser does");
  const compressed = (
    await measurePages(app, [{ label: "baseline", path: BASELINE }, ...pages.slice(0, 2)], options, { "accept-encoding": "gzip, deflate, br" })
  ).results;
  const minimal = await pageWeight(new Browser(app.baseUrl), BASELINE, new Map());
  await drain(app.baseUrl);
  const chunkSizes = new Map<string, number>();
  const weights = [];
  for (const page of pages) weights.push(await pageWeight(single.browser, page.path, chunkSizes));
  const firstChunk = [...chunkSizes.keys()].find((k) => k.startsWith("/_next/static/"));
  await warmUp(single.browser, firstChunk!, single.cookie);
  await drain(app.baseUrl);
  const staticFile = await load(app.baseUrl, "static file", firstChunk!, single.cookie, options);
  await drain(app.baseUrl);
  const year = Number(todayIso().slice(0, 4)) - 1;
  const exports = [];
  for (const format of ["docx", "xlsx"]) {
    exports.push(
      await timeRequests(
        single.browser,
        `progress report ${format.toUpperCase()} export (full year)`,
        `/reports/progress/export?format=${format}&from=${year}-01-01&to=${year}-12-31`,
      ),
    );
  }
  const afterChange = [];
  for (const page of pages) afterChange.push(await timeRequests(single.browser, page.label, page.path, 3, () => bumpVersions(prisma)));
  await drain(app.baseUrl);
  const { writes, present } = await measureWrites(app.baseUrl, prisma, duration).catch((error: Error) => failedWrites(error));
  await app.stop();
  app = undefined;

  let twoInstances: BenchRun["twoInstances"] = null;
  if (!process.argv.includes("--no-two-instances")) {
    log("Two instances behind a round-robin proxy, data cache shared in Redis");
    const redis = { REDIS_URL: env.REDIS_URL ?? "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: `adhere-bench-${randomUUID().slice(0, 8)}` };
    const instances = [await startBenchApp(basePort + 3, largeUrl, redis), await startBenchApp(basePort + 4, largeUrl, redis)];
    const proxy = await startRoundRobin(basePort + 5, [basePort + 3, basePort + 4]);
    try {
      const proxied = { baseUrl: `http://127.0.0.1:${basePort + 5}` };
      const two = await measurePages(proxied, pages.slice(0, 2), options);
      const w = await measureWrites(proxied.baseUrl, prisma, duration).catch((error: Error) => failedWrites(error));
      twoInstances = { pages: two.results, writes: w.writes, writesPresent: w.present };
    } catch (error) {
      log(`two instances: not measured (${(error as Error).message})`);
    } finally {
      await proxy.close();
      for (const instance of instances) await instance.stop();
      // This run's values are of no use to anyone else.
      const client = new Redis(redis.REDIS_URL);
      const keys = await client.keys(`${redis.REDIS_KEY_PREFIX}:*`);
      if (keys.length) await client.del(...keys);
      await client.quit();
    }
  }

  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim()
    ? " (with uncommitted changes)"
    : "";
  const cpus = os.cpus();
  const run: BenchRun = {
    date: new Date().toISOString(),
    commit: `${commit}${dirty}`,
    machine: `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
    loadBefore,
    loadAfter: os.loadavg(),
    options,
    dataSet,
    baseline,
    staticFile,
    pages: pageResults,
    compressed,
    exports,
    afterChange,
    writes,
    writesPresent: present,
    statements,
    weights,
    minimal,
    twoInstances,
  };
  await prisma.$disconnect();
  writeReport("docs/performance.md", run);
  log("Written to docs/performance.md");
});
