// Tag versions live in PostgreSQL sequences (migration 20261130060000_cache_tag_versions): every instance reads the
// same versions, a change bumps them without taking a lock (nextval is outside transactions), and a tool that writes
// the database directly (the end-to-end fixtures) can invalidate the cache with one statement.
import { Prisma, type PrismaClient } from "@prisma/client";
import { CACHE_TAGS, tagSequence, type CacheTag } from "./tags";

type Sql = Pick<PrismaClient, "$queryRaw">;

/** The current version of each tag, in the order given: one query. */
export async function readVersions(client: Sql, tags: readonly CacheTag[]): Promise<string[]> {
  if (tags.length === 0) return [];
  const [row] = await client.$queryRaw<Record<string, string>[]>`SELECT 1 ${versionColumns(tags)}`;
  return versionsIn(row, tags);
}

/** The versions as columns of another statement (`, … AS "tag_v0", …`), read back with `versionsIn`. */
export function versionColumns(tags: readonly CacheTag[]): Prisma.Sql {
  // Sequence names come from the fixed tag list, never from input.
  return Prisma.raw(
    tags.map((t, i) => `, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${tagSequence(t)})::text AS "tag_v${i}"`).join(""),
  );
}

export function versionsIn(row: Record<string, unknown>, tags: readonly CacheTag[]): string[] {
  return tags.map((_, i) => String(row[`tag_v${i}`]));
}

/** Makes every entry read under the tags' current versions unreachable. */
export async function bumpVersions(client: Sql, tags: readonly CacheTag[] = CACHE_TAGS): Promise<void> {
  if (tags.length === 0) return;
  const calls = Prisma.raw(tags.map((t) => `nextval('${tagSequence(t)}')`).join(", "));
  await client.$queryRaw`SELECT ${calls}`;
}
