// `npm start`: database (embedded unless DATABASE_URL is set), migrations, seed, build, then the app.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { toolEnv } from "@/platform/env";
import { createPrismaClient } from "@/platform/db/client";
import { seed, DEMO_PASSWORD, DEMO_USERS } from "@/platform/seed/seed";
import { fail, nodeBin, runMain } from "./lib/cli";
import { ensureBuild } from "./lib/build";
import { ensureDatabaseExists, ensureServerReachable, migrateDeploy } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { isPortFree } from "./lib/ports";

const log = (line: string) => console.log(`[adhere] ${line}`);

function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function waitUntilServing(url: string, child: { exitCode: number | null }): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

runMain(async () => {
  const env = toolEnv();
  const dev = process.argv.includes("--dev");
  if (!(await isPortFree(env.PORT))) {
    fail(`Port ${env.PORT} is already in use: stop the program using it, or choose another port, e.g. PORT=3001 npm start.`);
  }

  let embedded: EmbeddedServer | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    await ensureServerReachable(databaseUrl);
  } else {
    embedded = await startEmbeddedPostgres(path.join(env.ADHERE_DATA_DIR, "postgres"), log);
    databaseUrl = embedded.url("adhere");
    log(`Embedded PostgreSQL is running (data in ${path.join(env.ADHERE_DATA_DIR, "postgres")}).`);
  }
  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => undefined);
  };

  try {
    const secret = env.NEXTAUTH_SECRET ?? (embedded || dev ? persistentSecret(env.ADHERE_DATA_DIR) : undefined);
    if (!secret) {
      fail("NEXTAUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it (required with DATABASE_URL).");
    }
    await ensureDatabaseExists(databaseUrl);
    await migrateDeploy(databaseUrl);
    const demoUsers = Boolean(embedded) || env.SEED_DEMO;
    const prisma = createPrismaClient(databaseUrl, { max: 2 });
    try {
      const seeded = await seed(prisma, { demoUsers });
      if (seeded.statesCreated > 0) log(`Loaded ${seeded.statesCreated} states and their treaty status.`);
    } finally {
      await prisma.$disconnect();
    }
    if (!dev) await ensureBuild(log);

    const baseUrl = `http://localhost:${env.PORT}`;
    const next = spawn(nodeBin, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", String(env.PORT)], {
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: dev ? "development" : "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: env.NEXTAUTH_URL ?? baseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });

    let stopping = false;
    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`Stopping (${signal})…`);
      if (next.exitCode === null) next.kill("SIGTERM");
      await new Promise((r) => (next.exitCode === null ? next.once("exit", r) : r(null)));
      await stopDatabase();
      log("Stopped. Your data is kept for the next start.");
      process.exit(0);
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
    next.on("exit", async (code) => {
      if (stopping) return;
      await stopDatabase();
      process.exit(code ?? 1);
    });

    if (await waitUntilServing(`http://127.0.0.1:${env.PORT}/signin`, next)) {
      log(`Adhere is running at ${baseUrl}`);
      if (demoUsers) {
        log(`Demo sign-in: ${DEMO_USERS[1].email} / ${DEMO_PASSWORD}`);
        log(
          `  (same password for ${DEMO_USERS.filter((u) => u !== DEMO_USERS[1])
            .map((u) => u.email)
            .join(", ")})`,
        );
      } else {
        log("Sign in with an account created by `npm run user:create -- --email … --role ADMIN`.");
      }
      log("Press Ctrl-C to stop.");
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }
});
