// Work-arounds for Prisma 6.19's WebAssembly schema engine, used only by the Prisma CLI (prisma.config.ts).
// See docs/decisions/001-prisma-6-wasm-schema-engine.md.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/**
 * The adapter creates its shadow database by spreading this config and replacing `database`;
 * a `connectionString` would win over that replacement, so the fields must be discrete.
 */
export function migrationPoolConfig(databaseUrl: string): pg.PoolConfig {
  const { connectionString: _ignored, ...fields } = parseIntoClientConfig(databaseUrl) as pg.ClientConfig;
  return { ...fields, max: 4, idleTimeoutMillis: 1_000 };
}

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;
let charOidsPatched = false;

/** Introspection selects `"char"` and `name` catalogue columns, which adapter-pg rejects as unsupported. */
export function reportCharOidsAsText(): void {
  if (charOidsPatched) return;
  charOidsPatched = true;
  const Query = (pg as unknown as { Query: { prototype: Record<string, unknown> } }).Query;
  const original = Query.prototype.handleRowDescription as (msg: { fields: { dataTypeID: number }[] }) => void;
  Query.prototype.handleRowDescription = function (this: unknown, msg: { fields: { dataTypeID: number }[] }) {
    for (const field of msg.fields) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
    return original.call(this, msg);
  };
}

const LONG_TIMER_MS = 5_000;
let timersPatched = false;

/** The engine leaves long timers behind, which would keep the CLI alive after its work is done. */
export function unrefLongTimers(): void {
  if (timersPatched) return;
  timersPatched = true;
  const originalSetTimeout = globalThis.setTimeout;
  const originalSetInterval = globalThis.setInterval;
  const unrefIfLong = <T>(timer: T, ms: unknown): T => {
    if (typeof ms === "number" && ms >= LONG_TIMER_MS) (timer as { unref?: () => void }).unref?.();
    return timer;
  };
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    unrefIfLong(originalSetTimeout(fn, ms, ...args), ms)) as typeof setTimeout;
  globalThis.setInterval = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    unrefIfLong(originalSetInterval(fn, ms, ...args), ms)) as typeof setInterval;
}
