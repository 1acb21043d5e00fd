import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fail, nodeBin, run } from "./cli";

const INPUTS = [
  "app",
  "features",
  "platform",
  "lib",
  "types",
  "public",
  "messages",
  "i18n",
  "global.d.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const STAMP = path.join(".next", "adhere-build-hash");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

/** A hash of everything the build reads, so a current build is reused and a stale one rebuilt. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export async function ensureBuild(log: (line: string) => void = console.log): Promise<void> {
  if (isBuildCurrent()) return;
  log("Building the app (first start or changed sources; this takes a minute or two)…");
  const hash = sourceHash();
  const result = await run(nodeBin, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.code !== 0) fail("The build failed (see the output above).");
  writeFileSync(STAMP, hash);
}
