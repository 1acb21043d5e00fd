// The app as it runs in production (`next build` output served by `next start`), on an embedded PostgreSQL that
// the test owns: it can stop and start the database while the app serves requests.
import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/platform/db/client";
import { seed } from "@/platform/seed/seed";
import { ensureBuild } from "@/scripts/lib/build";
import { ensureDatabaseExists, migrateDeploy } from "@/scripts/lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/lib/embedded-postgres";
import { spawnNextStart } from "@/scripts/lib/next-server";
import { findFreePort } from "@/scripts/lib/ports";

export interface Stack {
  baseUrl: string;
  databaseUrl: string;
  postgres: EmbeddedServer;
  prisma: PrismaClient;
  app: ChildProcess;
  /** Everything the app printed (its errors included). */
  output: () => string;
  stop: () => Promise<void>;
}

export async function waitUntilServing(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startStack(requestedPort?: number): Promise<Stack> {
  await ensureBuild();
  const port = requestedPort ?? (await findFreePort());
  const dataDir = mkdtempSync(path.join(tmpdir(), "adhere-reliability-"));
  // As root, PostgreSQL runs as the postgres user, which must be able to reach the data folder.
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres(path.join(dataDir, "pg"));
  const databaseUrl = postgres.url("adhere_reliability");
  await ensureDatabaseExists(databaseUrl);
  await migrateDeploy(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { max: 4 });
  await seed(prisma, { demoUsers: false });

  const server = spawnNextStart(port, { databaseUrl, secret: "reliability-secret-that-is-long-enough" });
  const { baseUrl, child: app } = server;
  await waitUntilServing(`${baseUrl}/signin`);

  return {
    baseUrl,
    databaseUrl,
    postgres,
    prisma,
    app,
    output: server.output,
    stop: async () => {
      await server.stop();
      await prisma.$disconnect().catch(() => undefined);
      await postgres.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
