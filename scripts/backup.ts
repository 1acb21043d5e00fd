// `npm run backup -- <file>`: writes every table of DATABASE_URL as JSON (see platform/backup.ts). The file holds password
// hashes and the audit log: it is written readable by its owner only.
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BackupError, exportDatabase } from "@/platform/backup";
import { toolEnv } from "@/platform/env";
import { fail, runMain } from "./lib/cli";
import { databaseName, ensureServerReachable } from "./lib/database";

runMain(async () => {
  const file = process.argv[2];
  if (!file) fail("Say where to write the backup: npm run backup -- adhere-backup.json");
  const env = toolEnv();
  if (!env.DATABASE_URL) fail("DATABASE_URL is not set: point it at the database to back up.");
  await ensureServerReachable(env.DATABASE_URL);
  const backup = await exportDatabase(env.DATABASE_URL).catch((error: unknown) => {
    throw error instanceof BackupError ? fail(error.message) : error;
  });
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  writeFileSync(partial, backup.text, { mode: 0o600 });
  renameSync(partial, file);
  console.log(`Wrote ${backup.rows} rows from ${backup.tables} tables of ${databaseName(env.DATABASE_URL)} to ${file}.`);
});
