// lib/domain is the treaty's logic: no database, network, file, clock-free randomness or UI catalogs, so that it can be
// read and tested on its own. Its only outside import is the ISO country-name data it localises state names from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const dir = path.resolve(__dirname, "../../lib/domain");
const ALLOWED_PACKAGES = [/^i18n-iso-countries(\/langs\/(en|fr|es)\.json)?$/];

describe("lib/domain", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s imports only lib/domain and plain data", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    const imports = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
    for (const spec of imports) {
      const inDomain = spec.startsWith("./") && !spec.includes("/..");
      expect(inDomain || ALLOWED_PACKAGES.some((p) => p.test(spec)), `${file} imports ${spec}`).toBe(true);
    }
    expect(source, `${file} reads the environment`).not.toMatch(/process\.env/);
  });
});
