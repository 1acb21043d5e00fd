// `npm run restore -- <file>`: loads a backup made by `npm run backup` into DATABASE_URL, which must be empty (it is
// created and migrated if needed). One transaction: on any failure nothing is loaded.
import { existsSync, readFileSync } from "node:fs";
import { BackupError, restoreDatabase } from "@/platform/backup";
import { toolEnv } from "@/platform/env";
import { fail, runMain } from "./lib/cli";
import { databaseName, ensureDatabaseExists, ensureServerReachable, migrateDeploy } from "./lib/database";

runMain(async () => {
  const file = process.argv[2];
  if (!file) fail("Say which backup to restore: npm run restore -- adhere-backup.json");
  if (!existsSync(file)) fail(`There is no file ${file}.`);
  const env = toolEnv();
  if (!env.DATABASE_URL) fail("DATABASE_URL is not set: point it at the new, empty database to restore into.");
  await ensureServerReachable(env.DATABASE_URL);
  await ensureDatabaseExists(env.DATABASE_URL);
  await migrateDeploy(env.DATABASE_URL);
  const result = await restoreDatabase(env.DATABASE_URL, readFileSync(file, "utf8")).catch((error: unknown) => {
    throw error instanceof BackupError ? fail(error.message) : error;
  });
  console.log(`Restored ${result.rows} rows into ${result.tables} tables of ${databaseName(env.DATABASE_URL)}.`);
});
