// Finds text a reader would see that is written into a component instead of coming from the message catalogs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

/** Props whose string value is shown or read aloud. */
const TEXT_PROPS = new Set([
  "aria-label",
  "title",
  "placeholder",
  "alt",
  "label",
  "hint",
  "pendingText",
  "empty",
  "legend",
  "caption",
  "heading",
  "description",
  "summary",
  "emptyText",
  "confirmText",
  "text",
  "message",
  "noun",
  "aria-valuetext",
  "subtitle",
]);
/** Object keys that hold display text in constants (navigation lists, column definitions). */
const TEXT_KEYS = new Set(["label", "title", "heading", "description", "hint", "placeholder", "text", "caption", "empty", "legend"]);
/** Props and keys whose strings are never shown. */
const CODE_PROPS = new Set([
  "className",
  "id",
  "href",
  "name",
  "type",
  "htmlFor",
  "role",
  "method",
  "encType",
  "rel",
  "target",
  "key",
  "lang",
  "dateTime",
  "autoComplete",
  "inputMode",
  "pattern",
  "accept",
  "scope",
  "variant",
  "fill",
  "stroke",
  "d",
  "viewBox",
  "transform",
  "textAnchor",
  "dominantBaseline",
  "strokeWidth",
  "mode",
  "media",
  "sizes",
  "as",
  "prefetch",
  "form",
  "formAction",
  "headers",
  "align",
  "wrap",
  "colSpan",
  "rowSpan",
  "tabIndex",
  "value",
  "defaultValue",
  "min",
  "max",
  "step",
  "list",
]);

const LETTERS = /\p{L}{2,}/u;
/** Names and symbols that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Adhere", "UTC", "CSV", "DOCX", "XLSX", "PDF", "ISO3", "ID", "API", "iCal", "URL"]);
const IGNORE_COMMENT = "i18n-ignore";

function shown(text: string): boolean {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return LETTERS.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed);
}

function inCallTo(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n)) return true;
    if (ts.isJsxAttribute(n) || ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

function attributeName(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText();
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n)) return null;
  }
  return null;
}

function insideJsxExpression(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxExpression(n)) return true;
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isArrowFunction(n) || ts.isFunctionDeclaration(n)) return false;
  }
  return false;
}

function propertyKey(node: ts.Node): string | null {
  const parent = node.parent;
  if (parent && ts.isPropertyAssignment(parent) && parent.initializer === node) return parent.name.getText().replace(/["']/g, "");
  return null;
}

export function hardCodedStringsIn(file: string, source: string): HardCodedString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split("\n");
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (lines[line]?.includes(IGNORE_COMMENT) || lines[line - 1]?.includes(IGNORE_COMMENT)) return;
    found.push({ file, line: line + 1, text: text.replace(/\s+/g, " ").trim().slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (shown(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ") : node.text;
      if (shown(text) && !inCallTo(node) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
        const attribute = attributeName(node);
        const key = propertyKey(node);
        if (attribute !== null) {
          if (!CODE_PROPS.has(attribute) && !attribute.startsWith("data-") && (TEXT_PROPS.has(attribute) || ts.isJsxAttribute(node.parent) === false))
            report(node, text);
        } else if (key !== null) {
          if (TEXT_KEYS.has(key)) report(node, text);
        } else if (insideJsxExpression(node)) {
          report(node, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // Page titles: `export const metadata = { title: "…" }` is caught by the object-key rule above.
  return found;
}

function tsxFiles(dir: string): string[] {
  // A single file may be named as well as a folder (checking one area's pages).
  if (!statSync(dir).isDirectory()) return dir.endsWith(".tsx") ? [dir] : [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return full.endsWith(".tsx") ? [full] : [];
  });
}

/** Every hard-coded string under the given folders (relative to the repository root). */
export function hardCodedStrings(root: string, folders: readonly string[]): HardCodedString[] {
  return folders
    .flatMap((folder) => {
      const full = path.join(root, folder);
      return statSync(full).isDirectory() ? tsxFiles(full) : [full];
    })
    .flatMap((file) => hardCodedStringsIn(path.relative(root, file), readFileSync(file, "utf8")));
}
