import Redis from "ioredis";
import type { ValueStore } from "./store";

// Entries are never read once a tag they depend on has a new version; the expiry only frees the memory they hold.
const KEEP_SECONDS = 24 * 3600;

/** Values shared by every instance pointed at the same Redis and key prefix. */
export function redisStore(url: string, prefix: string): ValueStore & { quit(): Promise<void> } {
  // A request must not hang on an unreachable Redis: commands fail fast and the read goes to the database instead.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000, enableOfflineQueue: false, lazyConnect: false });
  redis.on("error", (error) => console.error("[data cache] Redis:", error.message));
  return {
    async get(key) {
      return redis.get(`${prefix}:${key}`);
    },
    async set(key, value) {
      await redis.set(`${prefix}:${key}`, value, "EX", KEEP_SECONDS);
    },
    async quit() {
      await redis.quit();
    },
  };
}
