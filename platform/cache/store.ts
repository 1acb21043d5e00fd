// Where cached values are kept: in this process, or in Redis so that every instance shares them. Values are JSON
// text in both, so a value read from either is the same plain data (a Date would come back as a string in both).

import { LRUCache } from "lru-cache";

export interface ValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** At most `max` values, the least recently used dropped first (lru-cache). */
export function memoryStore(max = 500): ValueStore {
  const values = new LRUCache<string, string>({ max });
  return {
    async get(key) {
      return values.get(key) ?? null;
    },
    async set(key, value) {
      values.set(key, value);
    },
  };
}
