// `npm run seed:large -- [--seed N] [--force]`: wipes DATABASE_URL and fills it with the large data set
// (platform/seed/large.ts), deterministically from the seed number. Refuses a database whose name does not contain
// "large" or "bench" unless --force is given.
import pg from "pg";
import { toolEnv } from "@/platform/env";
import { createPrismaClient } from "@/platform/db/client";
import { todayIso } from "@/lib/domain/dates";
import { LARGE_COUNTS, seedLarge, wipe } from "@/platform/seed/large";
import { fail, runMain } from "./lib/cli";
import { databaseName, ensureDatabaseExists, ensureServerReachable, migrateDeploy } from "./lib/database";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

runMain(async () => {
  const env = toolEnv();
  const url = env.DATABASE_URL;
  if (!url) fail('DATABASE_URL is not set: point it at the database to fill (its name should contain "large" or "bench").');
  const name = databaseName(url);
  if (!/large|bench/i.test(name) && !process.argv.includes("--force")) {
    fail(`Refusing to wipe database "${name}": its name does not contain "large" or "bench" (add --force to wipe it anyway).`);
  }
  const seedText = argument("--seed") ?? "1";
  if (!/^\d{1,9}$/.test(seedText)) fail(`--seed must be a whole number, not "${seedText}".`);
  const today = argument("--today") ?? todayIso();

  const started = Date.now();
  await ensureServerReachable(url);
  await ensureDatabaseExists(url);
  await migrateDeploy(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    console.log(`Wiping ${name}…`);
    await wipe(client);
    const result = await seedLarge(client, prisma, { seed: Number(seedText), counts: LARGE_COUNTS, today, log: console.log });
    const counts = await client.query<{ table: string; n: string }>(
      `select 'states' as table, count(*) as n from "State" union all select 'treaties', count(*) from "Treaty"
       union all select 'treaty records', count(*) from "TreatyStatus" union all select 'meetings', count(*) from "Meeting"
       union all select 'statements', count(*) from "Statement" union all select 'pledges', count(*) from "Pledge"
       union all select 'contacts', count(*) from "Contact" union all select 'users', count(*) from "User"
       union all select 'audit events', count(*) from "AuditEvent"`,
    );
    void result;
    console.log(counts.rows.map((r) => `${r.table}: ${Number(r.n).toLocaleString("en")}`).join(", "));
    console.log(`Large data set (seed ${seedText}, around ${today}) loaded into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
});
