import type { PrismaClient } from "@prisma/client";

/** Row count and an order-independent hash of every row, per table: equal snapshots mean an unchanged database. */
export type Snapshot = Record<string, string>;

let query: string | undefined;

async function snapshotQuery(prisma: PrismaClient, exclude: readonly string[]): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'reliability_row_changes') ORDER BY 1`,
  );
  return tables
    .filter((t) => !exclude.includes(t.name))
    .map((t) => `SELECT '${t.name}' AS name, count(*)::text || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)::text AS sum FROM "${t.name}" x`)
    .join(" UNION ALL ");
}

/** One query over all application tables (all but `exclude`). */
export async function snapshot(prisma: PrismaClient, exclude: readonly string[] = []): Promise<Snapshot> {
  const sql = exclude.length ? await snapshotQuery(prisma, exclude) : (query ??= await snapshotQuery(prisma, []));
  const rows = await prisma.$queryRawUnsafe<{ name: string; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose snapshot differs, e.g. ["Contact", "AuditEvent"]. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/**
 * A row-level trigger on every table counts inserted, updated and deleted rows in a counter row, in the same
 * transaction: a change that is rolled back leaves the count as it was, one that is committed raises it. Reading
 * one row after each of thousands of inputs says exactly whether that input changed anything.
 */
export async function installChangeCounter(prisma: PrismaClient, exclude: readonly string[] = []): Promise<() => Promise<number>> {
  const tables = (
    await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'reliability_row_changes')`,
    )
  ).filter((t) => !exclude.includes(t.name));
  await prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS reliability_row_changes (n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`INSERT INTO reliability_row_changes SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM reliability_row_changes)`);
  await prisma.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION reliability_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE reliability_row_changes SET n = n + 1; RETURN NULL; END $$`,
  );
  for (const { name } of tables) {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS reliability_count ON "${name}"`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER reliability_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION reliability_count_change()`,
    );
  }
  return async () => Number((await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM reliability_row_changes`))[0].n);
}

export async function removeChangeCounter(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS reliability_count_change() CASCADE`);
  await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS reliability_row_changes`);
}
