// The one place that reads process.env: every setting is validated here, with a message that says what to do.
import { z } from "zod";

const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql://user:password@host:port/database URL");

const toolSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  TEST_DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  E2E_DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: optionalText,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ADHERE_DATA_DIR: z.string().default(".data"),
  SEED_DEMO: z.preprocess((v) => v === "1" || v === "true", z.boolean()),
  CI: z.preprocess((v) => v === "1" || v === "true", z.boolean()),
  /** How long the reliability suite's writers run (`npm run test:reliability`: 30; inside `npm test`: shorter). */
  RELIABILITY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Where the reliability suite serves the app (it uses this port and the next); a free port when unset. */
  RELIABILITY_PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(65534).optional()),
  /** Shares the data cache between instances (platform/cache); each instance keeps its own when unset. */
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis://host:port URL")
      .optional(),
  ),
  /** Prefix of the data cache's Redis keys: instances of one deployment share it; tests use their own. */
  REDIS_KEY_PREFIX: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9:_-]+$/)
      .default("adhere"),
  ),
});
export type ToolEnv = z.infer<typeof toolSchema>;

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
}

/** Settings for the command-line tools (start, seed, tests): nothing is required yet. */
export function toolEnv(source: NodeJS.ProcessEnv = process.env): ToolEnv {
  const parsed = toolSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid configuration: ${describe(parsed.error)}`);
  return parsed.data;
}

export interface ServerEnv {
  NODE_ENV: ToolEnv["NODE_ENV"];
  DATABASE_URL: string;
  NEXTAUTH_SECRET: string;
}

// A fixed secret is acceptable only outside production, where sessions are throwaway.
const DEVELOPMENT_SECRET = "adhere-development-secret-not-for-production";

let cachedServerEnv: ServerEnv | undefined;

/** Settings the running app needs; read lazily so that `next build` needs none of them. */
export function serverEnv(): ServerEnv {
  if (cachedServerEnv) return cachedServerEnv;
  const env = toolEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one, or set it.");
  }
  cachedServerEnv = { NODE_ENV: env.NODE_ENV, DATABASE_URL: env.DATABASE_URL, NEXTAUTH_SECRET: authSecret() };
  return cachedServerEnv;
}

/** Served over HTTPS (NEXTAUTH_URL says so): cookies are then marked Secure and browsers told to keep to HTTPS. */
export function servedOverHttps(source: Record<string, string | undefined> = process.env): boolean {
  return toolEnv(source as NodeJS.ProcessEnv).NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function isDevelopment(source: Record<string, string | undefined> = process.env): boolean {
  return toolEnv(source as NodeJS.ProcessEnv).NODE_ENV === "development";
}

/** The session-signing secret; the proxy needs it without needing the database. */
export function authSecret(): string {
  const env = toolEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it.");
  }
  return DEVELOPMENT_SECRET;
}
