// `npm test`: unit → integration (real PostgreSQL) → hostile input to every mutation → start-up checks → end-to-end
// (real Chromium). `npm run test:reliability`: the whole reliability suite (tests/reliability, docs/reliability.md).
// Uses the server of TEST_DATABASE_URL (or DATABASE_URL) when set, an embedded PostgreSQL otherwise.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { toolEnv } from "@/platform/env";
import { fail, nodeBin, run, runMain } from "./lib/cli";
import { ensureBuild } from "./lib/build";
import { databaseName, ensureServerReachable, migrateDeploy, recreateDatabase, withDatabase } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";

type Stage = "unit" | "integration" | "hostile" | "e2e" | "reliability";
/** `npm run test:feature -- contacts`: only the unit, integration and e2e files whose names contain "contacts". */
const featureFilter = process.argv[2] === "feature" ? process.argv[3] : undefined;
const STAGES: Record<string, Stage[]> = {
  all: ["unit", "integration", "hostile", "e2e"],
  unit: ["unit"],
  integration: ["integration"],
  e2e: ["e2e"],
  hostile: ["hostile"],
  reliability: ["reliability"],
  feature: ["unit", "integration", "e2e"],
};
/** The part of the reliability suite that fits in `npm test`'s time: no server, no load, about two minutes. */
const HOSTILE_FILES = ["tests/reliability/hostile-mutations.test.ts"];

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
}

const log = (line: string) => console.log(`\n[test] ${line}`);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function vitest(
  project: string,
  resultsDir: string,
  env: Record<string, string>,
  files: string[] = featureFilter ? [featureFilter] : [],
  name = project,
): Promise<Tally> {
  const output = path.join(resultsDir, `vitest-${name}.json`);
  const { code } = await run(
    nodeBin,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
      ...(featureFilter ? ["--passWithNoTests"] : []),
      ...files,
    ],
    { env: { ...process.env, ...env } },
  );
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(output);
  return {
    name,
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    exitCode: code,
  };
}

async function playwright(resultsDir: string, env: Record<string, string>): Promise<Tally> {
  const output = path.join(resultsDir, "playwright.json");
  const { code } = await run(
    nodeBin,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json", ...(featureFilter ? [featureFilter, "--pass-with-no-tests"] : [])],
    {
      env: { ...process.env, ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
    },
  );
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  return {
    name: "e2e",
    passed: report ? report.stats.expected + report.stats.flaky : 0,
    failed: report ? report.stats.unexpected : 1,
    skipped: report?.stats.skipped ?? 0,
    exitCode: code,
  };
}

/** Test databases are dropped and recreated: refuse any whose name does not say it is for tests. */
async function freshDatabase(url: string): Promise<void> {
  if (!/test|e2e/i.test(databaseName(url))) {
    fail(`Refusing to recreate database "${databaseName(url)}": test database names must contain "test".`);
  }
  await recreateDatabase(url);
  await migrateDeploy(url);
}

runMain(async () => {
  const stages = STAGES[process.argv[2] ?? "all"];
  if (process.argv[2] === "feature" && !featureFilter) fail("Name the feature: npm run test:feature -- contacts");
  if (!stages) fail(`Unknown test stage "${process.argv[2]}": use one of ${Object.keys(STAGES).join(", ")}.`);
  const env = toolEnv();
  const resultsDir = path.join(env.ADHERE_DATA_DIR, "test-results");
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const tallies: Tally[] = [];
  let embedded: EmbeddedServer | undefined;
  try {
    if (stages.includes("unit")) {
      log("Unit tests");
      tallies.push(await vitest("unit", resultsDir, {}));
    }
    if (stages.some((s) => s !== "unit")) {
      let serverUrl = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
      if (serverUrl) {
        await ensureServerReachable(serverUrl);
      } else {
        log("No TEST_DATABASE_URL or DATABASE_URL: starting an embedded PostgreSQL for the tests");
        embedded = await startEmbeddedPostgres(path.join(env.ADHERE_DATA_DIR, "test-postgres"), console.log);
        const server = embedded;
        for (const signal of ["SIGINT", "SIGTERM"] as const) {
          process.once(signal, () => void server.stop().finally(() => process.exit(130)));
        }
        serverUrl = embedded.url("postgres");
      }
      const testDb = env.TEST_DATABASE_URL ? databaseName(env.TEST_DATABASE_URL) : "adhere_test";
      const integrationUrl = withDatabase(serverUrl, testDb);
      const e2eUrl = withDatabase(serverUrl, `${testDb}_e2e`);

      if (stages.includes("integration")) {
        log(`Integration tests on database ${testDb}`);
        await freshDatabase(integrationUrl);
        tallies.push(await vitest("integration", resultsDir, { DATABASE_URL: integrationUrl, TEST_DATABASE_URL: integrationUrl }));
      }
      if (stages.includes("hostile")) {
        const hostileUrl = withDatabase(serverUrl, `${testDb}_hostile`);
        log(`Hostile input to every mutation (tests/reliability) on database ${testDb}_hostile`);
        await freshDatabase(hostileUrl);
        tallies.push(await vitest("reliability", resultsDir, { DATABASE_URL: hostileUrl, TEST_DATABASE_URL: hostileUrl }, HOSTILE_FILES, "hostile"));
      }
      if (stages.includes("reliability")) {
        const reliabilityUrl = withDatabase(serverUrl, `${testDb}_reliability`);
        log("Building the app for the reliability suite (production server, embedded PostgreSQL it restarts)");
        await ensureBuild();
        log(`Reliability suite on database ${testDb}_reliability: ${env.RELIABILITY_SECONDS} s of load per scenario`);
        await freshDatabase(reliabilityUrl);
        tallies.push(await vitest("reliability", resultsDir, { DATABASE_URL: reliabilityUrl, TEST_DATABASE_URL: reliabilityUrl }));
      }
      if (stages.includes("e2e")) {
        log("Building the app for the start-up and end-to-end tests");
        await ensureBuild();
        log("Start-up tests (embedded database, bad configuration)");
        tallies.push(await vitest("boot", resultsDir, { TEST_DATABASE_URL: integrationUrl }));
        log(`End-to-end tests in Chromium on database ${testDb}_e2e`);
        await freshDatabase(e2eUrl);
        tallies.push(await playwright(resultsDir, { E2E_DATABASE_URL: e2eUrl }));
      }
    }
  } finally {
    if (embedded) await embedded.stop();
  }

  const total = tallies.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log("");
  for (const t of tallies) console.log(`[test] ${t.name}: ${t.passed} passed, ${t.failed} failed${t.exitCode !== 0 ? ` (exit ${t.exitCode})` : ""}`);
  const broken = tallies.some((t) => t.exitCode !== 0) || total.failed > 0 || total.passed === 0;
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(broken ? 1 : 0);
});
