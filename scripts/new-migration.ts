// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql from the
// difference between the committed migrations and prisma/schema.prisma, then applies it to DATABASE_URL.
// Why not `prisma migrate dev`: docs/decisions/001-prisma-6-wasm-schema-engine.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toolEnv } from "@/platform/env";
import { fail, nodeBin, run, runMain } from "./lib/cli";
import { ensureDatabaseExists, ensureServerReachable, migrateDeploy } from "./lib/database";

runMain(async () => {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/.test(name)) fail("Give the migration a name in snake_case: npm run db:migration -- add_pledges");
  const env = toolEnv();
  if (!env.DATABASE_URL) fail("DATABASE_URL is not set: migrations are generated against a development server (a shadow database is created there).");
  await ensureServerReachable(env.DATABASE_URL);
  await ensureDatabaseExists(env.DATABASE_URL);
  const diff = await run(
    nodeBin,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { capture: true, env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
  );
  if (diff.code !== 0) {
    console.error(diff.output);
    fail("prisma migrate diff failed (see above).");
  }
  const sql = diff.output.replace(/^Loaded Prisma config.*\n/m, "").trim();
  if (!sql || sql === "-- This is an empty migration.") {
    console.log("The schema matches the migrations: nothing to generate.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`Wrote ${dir}/migration.sql; applying it to the development database…`);
  await migrateDeploy(env.DATABASE_URL);
  console.log("Done. Review the SQL and commit it with the schema change.");
});
