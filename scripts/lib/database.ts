import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { fail, nodeBin, run } from "./cli";

export function databaseName(url: string): string {
  return new URL(url).pathname.replace(/^\//, "") || "postgres";
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function describeServer(url: string): string {
  const c = parseIntoClientConfig(url);
  return `${c.host ?? "localhost"}:${c.port ?? 5432}`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Fails with one line that says what to do when the server cannot be reached or refuses us. */
export async function ensureServerReachable(url: string): Promise<void> {
  try {
    await withClient(withDatabase(url, "postgres"), (c) => c.query("select 1"));
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { code?: string };
    const reason =
      e.code === "ECONNREFUSED"
        ? "connection refused"
        : e.code === "ENOTFOUND"
          ? "unknown host"
          : e.code === "28P01" || e.code === "28000"
            ? "the user name or password was rejected"
            : e.message.includes("timeout")
              ? "no answer within 5 seconds"
              : e.message;
    fail(`Cannot reach PostgreSQL at ${describeServer(url)} (${reason}): check DATABASE_URL, or unset it to use the embedded database.`);
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdent(name)}`);
  });
}

/** For test databases only: start from nothing every run. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await client.query(`create database ${quoteIdent(name)}`);
  });
}

/** Applies the committed migrations (never creates new ones). */
export async function migrateDeploy(url: string): Promise<void> {
  const result = await run(nodeBin, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    capture: true,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
  if (result.code !== 0) {
    console.error(result.output);
    fail(`Could not apply the database migrations to ${databaseName(url)} (see the output above).`);
  }
}
