// Prisma CLI configuration: the WebAssembly ("js") schema engine over node-postgres.
// Why this shape, and the engine's wrinkles handled below: docs/decisions/001-prisma-6-wasm-schema-engine.md
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { migrationPoolConfig, reportCharOidsAsText, unrefLongTimers } from "./platform/db/migration-adapter";

process.env.CHECKPOINT_DISABLE = "1";
// `prisma generate` (postinstall) loads this file on machines with no database at all.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/adhere";

unrefLongTimers();
reportCharOidsAsText();

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  adapter: async () => new PrismaPg(migrationPoolConfig(process.env.DATABASE_URL!)),
});
