// Where cached values are kept: in this process, or in Redis so that every instance shares them. Values are JSON
// text in both, so a value read from either is the same plain data (a Date would come back as a string in both).

export interface ValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** At most `max` values, the least recently used dropped first. */
export function memoryStore(max = 500): ValueStore {
  const values = new Map<string, string>();
  return {
    async get(key) {
      const value = values.get(key);
      if (value === undefined) return null;
      values.delete(key);
      values.set(key, value);
      return value;
    },
    async set(key, value) {
      values.delete(key);
      values.set(key, value);
      while (values.size > max) values.delete(values.keys().next().value as string);
    },
  };
}
