import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/domain/locale";
import { messagesFor } from "@/platform/i18n/messages";
import { renderMessage } from "@/platform/i18n/render-message";
import { read, serverMessagesIn, typeScriptFiles } from "../support/server-messages";

const root = path.resolve(__dirname, "../..");
/** Where the server says things to people: each feature's mutations, the shared path, and the lib/domain rules they use. */
const SOURCES = [
  ...typeScriptFiles(root, "platform/mutations"),
  ...typeScriptFiles(root, "features").filter((file) => /(^|\/|-)mutations(\/|\.ts$)|\/keeping\.ts$/.test(file)),
  "lib/domain/region-scope.ts",
  "lib/domain/treaty-record-rules.ts",
];
/** Text recorded as data (a source, a kept pledge's evidence), never shown as a message. */
const DATA = new Set(["X1, imported summary", "Treaty record: X1 (source: X2)"]);
const CODE = [...typeScriptFiles(root, "features"), ...typeScriptFiles(root, "platform"), ...typeScriptFiles(root, "lib/domain")];
const namespaces = Object.keys(messagesFor("en"));

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalog);
}

/** Every string literal in the code that names a catalog key ("contactMutations.contactSaved"), and the prefixes of keys built from a value (`labels.role.${…}`). */
function keysIn(file: string): { keys: string[]; prefixes: string[] } {
  const sf = ts.createSourceFile(file, read(root, file), ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const isKey = (text: string) => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(text) && namespaces.includes(text.split(".")[0]);
  // Not keys of the whole catalog: a translator's keys (relative to its namespace, checked by the i18n scan), names of
  // object properties, audit actions and mutation names ("account.setLocale").
  const notAKey = (node: ts.Node) => {
    const p = node.parent;
    if (ts.isCallExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === "t") return true;
    if (ts.isConditionalExpression(p) && ts.isCallExpression(p.parent) && ts.isIdentifier(p.parent.expression) && p.parent.expression.text === "t")
      return true;
    if (ts.isPropertyAssignment(p)) return p.name === node || ["action", "entity", "name"].includes(p.name.getText(sf));
    return false;
  };
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isKey(node.text) && !notAKey(node)) keys.push(node.text);
    if (
      ts.isTemplateExpression(node) &&
      /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\.$/.test(node.head.text) &&
      namespaces.includes(node.head.text.split(".")[0])
    )
      prefixes.push(node.head.text.slice(0, -1));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { keys, prefixes };
}

describe("what the server says is message keys, in EN, FR and ES", () => {
  it("leaves no English sentence in the mutations and the rules they use", () => {
    const sentences = SOURCES.flatMap((file) => serverMessagesIn(file, read(root, file)))
      .filter((m) => !DATA.has(m.sample))
      .map((m) => `${m.file}:${m.line} ${m.sample}`);
    expect(sentences, "return a message key (lib/domain/message.ts) instead").toEqual([]);
  });

  it("would catch an English sentence written in a mutation", () => {
    const found = serverMessagesIn("new.ts", 'throw new ActionError("invalid", `The thing “${name}” cannot be frobbed yet.`);');
    expect(found.map((m) => m.sample)).toEqual(["The thing “X1” cannot be frobbed yet."]);
  });

  it.each(LOCALES)("finds every key the code names in the %s catalog", (locale) => {
    const catalog = messagesFor(locale);
    const missing: string[] = [];
    let count = 0;
    for (const file of CODE) {
      const { keys, prefixes } = keysIn(file);
      count += keys.length;
      // A namespace path (for useTranslations or the client's messages) names an object; a message names a string.
      for (const key of keys) if (lookup(catalog, key) === undefined) missing.push(`${file}: ${key}`);
      for (const prefix of prefixes) if (typeof lookup(catalog, prefix) !== "object") missing.push(`${file}: ${prefix}.…`);
    }
    expect(count).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("renders every message of the mutations' catalogs in %s with its values", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: messagesFor(locale), onError: (e) => errors.push(e.message) });
    const catalog = messagesFor(locale) as unknown as Record<string, Record<string, string>>;
    for (const namespace of namespaces.filter((n) => n === "mutations" || n.endsWith("Mutations"))) {
      for (const [key, text] of Object.entries(catalog[namespace])) {
        const names = [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))];
        const rendered = (t as unknown as (k: string, v: Record<string, string | number>) => string)(
          `${namespace}.${key}`,
          Object.fromEntries(names.map((n) => [n, 2])),
        );
        if (/\{\w+\}/.test(rendered)) errors.push(`${namespace}.${key}: ${rendered}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it("puts nested messages, dates, lists and plurals into the reader's words", () => {
    const regions = { list: [{ key: "labels.region.Africa" }, { key: "labels.region.Europe" }] };
    expect(renderMessage({ key: "mutations.youMayChangeDataStates", values: { regions } }, "en")).toMatch(
      /^You may change data of states in Africa and Europe only/,
    );
    expect(renderMessage({ key: "mutations.youMayChangeDataStates", values: { regions } }, "fr")).toContain("Afrique et Europe");
    expect(renderMessage({ key: "treatyMutations.noSignaturePossibleFromLongdate", values: { longDate: { date: "2010-08-01" } } }, "es")).toContain(
      "1 de agosto de 2010",
    );
    expect(
      renderMessage({ key: "pledgeMutations.pledgesMarked", values: { n: 1, pledgeStatus: { key: "labels.pledgeStatus.KEPT", lower: true } } }, "en"),
    ).toBe("1 pledge marked kept.");
    expect(
      renderMessage({ key: "pledgeMutations.pledgesMarked", values: { n: 3, pledgeStatus: { key: "labels.pledgeStatus.KEPT", lower: true } } }, "en"),
    ).toBe("3 pledges marked kept.");
    expect(renderMessage({ key: "userMutations.languageChanged", values: {}, locale: "fr" }, "en")).toBe(
      "Les pages et les exports sont désormais en français.",
    );
  });
});
