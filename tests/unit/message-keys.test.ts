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
/** lib/domain but the summary parser, whose words are the summaries' own (what it reads, not what the app says). */
const DOMAIN = typeScriptFiles(root, "lib/domain").filter((file) => file !== "lib/domain/summary-parser.ts");
/** Text lib/domain records as data: the step titles a state's path starts from, an organisation's name, states' names. */
const DOMAIN_DATA = new Set(["PATH_TEMPLATES", "CO_COORDINATORS", "NAME_OVERRIDES"]);
/** English still to turn into messages (issue #20), each with whom it speaks to; the list may only shrink. */
const STILL_ENGLISH: Record<string, string> = {
  "lib/domain/history.ts": "the history's field and action names, a fallback where a page has no key",
  "lib/domain/as-of.ts": "the as-of banner's notices",
  "lib/domain/summary-input.ts": "the summary import's refusals",
  "lib/domain/list-filters.ts": "the read API's problem details (the API speaks English)",
  "lib/domain/reference-data.ts": "the seed's checks of the reference data, for developers",
  "lib/domain/calendar.ts": "the calendar feed's categories",
  "lib/domain/contacts.ts": "a linked pledge's kind of link, in the contact's audit snapshot",
};
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

  it("leaves no English sentence in lib/domain, which is treaty logic and says nothing to people", () => {
    const found = DOMAIN.flatMap((file) => serverMessagesIn(file, read(root, file))).filter((m) => !DOMAIN_DATA.has(m.declaredIn ?? ""));
    const sentences = found.filter((m) => !(m.file in STILL_ENGLISH)).map((m) => `${m.file}:${m.line} ${m.sample}`);
    expect(sentences, "return a Message (lib/domain/message.ts, say()) and let the caller render it").toEqual([]);
    // A file is listed only while it still has English to convert.
    expect(Object.keys(STILL_ENGLISH).filter((file) => !found.some((m) => m.file === file))).toEqual([]);
  });

  it.each([
    ["lib/domain/status.ts", 'export const STATUS_LABEL = { PENDING: "Ratified or acceded, not yet in force" };'],
    ["lib/domain/domestic-path.ts", "const label = `${PATH_LABEL[path]}: all ${ordered.length} steps done`;"],
    [
      "lib/domain/summary-import.ts",
      "return `The summary lists ${name} under “${SECTION_LABEL[hint]}”; on ${day} the database has it as ${status}.`;",
    ],
    ["lib/domain/summary-import.ts", "const existing = { label: `Already recorded: “${similar.text}”`, href };"],
  ])("would catch an English sentence written in %s", (file, source) => {
    expect(serverMessagesIn(file, source).filter((m) => !DOMAIN_DATA.has(m.declaredIn ?? ""))).toHaveLength(1);
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
