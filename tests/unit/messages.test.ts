import { describe, expect, it } from "vitest";
import { hardCodedStrings } from "../support/hard-coded-strings";
import en from "@/messages/en";
import es from "@/messages/es";
import fr from "@/messages/fr";
import sameInEveryLanguage from "@/messages/same-in-every-language.json";

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

/** The ICU arguments of a message ("{count}", "{count, plural, …}"), which every translation must keep. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]))].sort();
}

const english = flatten(en as unknown as Catalog);
const identicalAllowed = new Set<string>(sameInEveryLanguage);

describe.each([
  ["French", fr],
  ["Spanish", es],
])("the %s catalog", (_name, catalog) => {
  const translated = flatten(catalog as unknown as Catalog);

  it("has every English key and no other", () => {
    expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([]);
  });

  it("translates every message: none empty, none left in English unless it reads the same in every language", () => {
    const empty = [...translated].filter(([, v]) => v.trim() === "").map(([k]) => k);
    const untranslated = [...translated].filter(([k, v]) => v === english.get(k) && /\p{L}{2,}/u.test(v) && !identicalAllowed.has(k)).map(([k]) => k);
    expect(empty).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it("keeps every message's arguments", () => {
    const changed = [...english]
      .filter(([k, v]) => translated.has(k) && argumentsOf(v).join() !== argumentsOf(translated.get(k)!).join())
      .map(([k]) => k);
    expect(changed).toEqual([]);
  });
});

describe("the catalogs", () => {
  it("has a reason for every message allowed to read the same in every language: it exists", () => {
    expect([...identicalAllowed].filter((k) => !english.has(k))).toEqual([]);
  });
});

describe("components and pages", () => {
  it("show no text written into the code instead of the catalogs", () => {
    const found = hardCodedStrings(process.cwd(), ["app", "features", "platform"]).map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(found).toEqual([]);
  });
});
