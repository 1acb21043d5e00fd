// The data cache: a read is kept under its name, its arguments and the current versions of the tags it depends on.
// A change bumps the versions of the tags it touches after it commits (platform/mutations/core.ts), so the next read
// misses and goes to the database: no time-based staleness. The versions are read before the database is, so a
// value computed while a change commits is stored under the old versions, where nobody looks for it any more.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { toolEnv } from "@/platform/env";
import type { CacheTag } from "@/platform/cache/tags";
import { memoryStore, type ValueStore } from "./store";
import { redisStore } from "./redis-store";
import { bumpVersions, readVersions } from "./versions";

// Raise when the shape of a cached value changes, so that instances of a new release never read an old shape.
const FORMAT = "1";

const state = globalThis as unknown as { adhereDataCache?: { store: ValueStore; inflight: Map<string, Promise<string>> } };

function cache() {
  if (!state.adhereDataCache) {
    const env = toolEnv();
    const store = env.REDIS_URL ? redisStore(env.REDIS_URL, env.REDIS_KEY_PREFIX) : memoryStore();
    state.adhereDataCache = { store, inflight: new Map() };
  }
  return state.adhereDataCache;
}

/** For tests: a fresh store (the versions stay in the database). */
export function useStoreForTests(store: ValueStore): void {
  state.adhereDataCache = { store, inflight: new Map() };
}

function keyOf(name: string, args: unknown, tags: readonly CacheTag[], versions: readonly string[]): string {
  const digest = createHash("sha256").update(JSON.stringify(args)).digest("base64url");
  return `v${FORMAT}:${name}:${digest}:${tags.map((t, i) => `${t}.${versions[i]}`).join(",")}`;
}

/**
 * `read()`'s value, from the cache when nothing it depends on has changed since it was stored. The value must be
 * plain JSON data: it is returned as it comes back from JSON on a miss too, so a Date shows up as a string at once.
 * `args` must hold everything the read depends on except the tagged data (the day, the viewer's visibility class).
 */
export async function cachedRead<T>(
  client: Pick<PrismaClient, "$queryRaw">,
  name: string,
  args: unknown,
  tags: readonly CacheTag[],
  read: () => Promise<T>,
): Promise<T> {
  const { store, inflight } = cache();
  const key = keyOf(name, args, tags, await readVersions(client, tags));
  let text: string | null = null;
  try {
    text = await store.get(key);
  } catch (error) {
    console.error("[data cache] read failed, going to the database:", (error as Error).message);
  }
  if (text === null) {
    // Requests arriving together after a change compute the value once.
    let pending = inflight.get(key);
    if (!pending) {
      pending = read()
        .then(async (value) => {
          const json = JSON.stringify(value);
          await store.set(key, json).catch((error: Error) => console.error("[data cache] write failed:", error.message));
          return json;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    text = await pending;
  }
  return JSON.parse(text) as T;
}

/** After a change has committed: the next read of anything depending on these tags goes to the database. */
export async function invalidateTags(client: Pick<PrismaClient, "$queryRaw">, tags: readonly CacheTag[]): Promise<void> {
  await bumpVersions(client, tags);
}
