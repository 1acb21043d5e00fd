// Finds English sentences written for people in the server's code (the mutations and the lib/domain rules they use), so
// that a test can insist they are message keys instead (tests/unit/message-keys.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ServerMessage {
  file: string;
  line: number;
  /** The text with every ${…} of a template replaced by a sample value that no catalog translates. */
  sample: string;
  /** The module-level constant or function the text is written in, if any ("PATH_TEMPLATES"). */
  declaredIn?: string;
}

/** The name of the outermost variable or function declaration around a node. */
function declaredIn(node: ts.Node): string | undefined {
  let name: string | undefined;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if ((ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name && ts.isIdentifier(n.name)) name = n.name.text;
  }
  return name;
}

/** Calls whose string arguments are shown to people (besides zod's own, see ZOD_METHODS). */
const MESSAGE_CALLS = new Set(["ActionError", "conflictMessage", "keepAnAdministrator", "add"]);
/** zod methods whose string argument (or `{ message }`) is a message. */
const ZOD_METHODS = new Set(["min", "max", "regex", "refine", "int", "email", "string", "number", "enum", "literal", "array", "length"]);
/** Calls whose string arguments are never shown to people: logs, internal errors, database queries, audit rows. */
const NOT_SHOWN_CALLS = new Set([
  "Error",
  "error",
  "log",
  "warn",
  "audit",
  "$executeRaw",
  "$queryRaw",
  "recordProposal",
  "findMany",
  "findFirst",
  "findUnique",
  "count",
]);
/** Object keys whose strings are never shown: audit actions and entities, routes, enum values, record fields. */
const NOT_SHOWN_KEYS = new Set([
  "action",
  "entity",
  "entityId",
  "name",
  "href",
  "reason",
  "feed",
  "password",
  "redirectTo",
  "id",
  "code",
  "path",
  "field",
  "importKey",
  "deleted",
  "nextStepDone",
  "prefix",
  "evidence",
]);

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return "";
}

/** The nearest call or `new` this literal is an argument of (through conditionals and object literals). */
function enclosingCall(node: ts.Node): ts.CallExpression | ts.NewExpression | null {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(n as ts.Expression)) return p;
    if (
      ts.isConditionalExpression(p) ||
      ts.isObjectLiteralExpression(p) ||
      ts.isPropertyAssignment(p) ||
      ts.isParenthesizedExpression(p) ||
      ts.isBinaryExpression(p)
    )
      continue;
    return null;
  }
  return null;
}

function propertyKey(node: ts.Node): string | null {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isPropertyAssignment(p) && p.initializer === n) return p.name.getText().replace(/["']/g, "");
    if (!ts.isConditionalExpression(p) && !ts.isParenthesizedExpression(p) && !ts.isBinaryExpression(p)) return null;
  }
  return null;
}

function insideTemplate(node: ts.Node): boolean {
  return !!node.parent && ts.isTemplateSpan(node.parent);
}

function literalText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): { literal: string; sample: string } {
  if (!ts.isTemplateExpression(node)) return { literal: node.text, sample: node.text };
  let sample = node.head.text;
  node.templateSpans.forEach((span, i) => (sample += `X${i + 1}` + span.literal.text));
  return { literal: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(""), sample };
}

export function serverMessagesIn(file: string, source: string): ServerMessage[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ServerMessage[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !insideTemplate(node)) {
      consider(node);
    }
    ts.forEachChild(node, visit);
  };
  const consider = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression) => {
    const parent = node.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isTaggedTemplateExpression(parent) || ts.isLiteralTypeNode(parent))
      return;
    if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent) || (ts.isPropertyAssignment(parent) && parent.name === node)) return;
    const { literal, sample } = literalText(node);
    if (!/\p{L}{2,}/u.test(literal)) return; // a pure composition of other texts, each checked on its own
    const key = propertyKey(node);
    if (key && NOT_SHOWN_KEYS.has(key)) return;
    const call = enclosingCall(node);
    const callee = call ? calleeName(call) : "";
    if (NOT_SHOWN_CALLS.has(callee) || LABEL_HELPERS.has(callee)) return;
    const messagePosition = key === "message" || MESSAGE_CALLS.has(callee) || ZOD_METHODS.has(callee);
    const trimmed = sample.trim();
    const sentenceLike = /\s/.test(trimmed) && /^[\p{Lu}“"]/u.test(trimmed);
    if (!(sentenceLike || (messagePosition && /\s/.test(trimmed)))) return;
    // Comparisons and look-ups of a value (`=== "…"`) are code, not text.
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind !== ts.SyntaxKind.PlusToken) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, sample, declaredIn: declaredIn(node) });
  };
  visit(sf);
  return found;
}

/** The first argument (a field's name) of the helpers that build "Name is required." and the like. */
const LABEL_HELPERS = new Set(["requiredText", "optionalText", "optionalDate", "requiredDate", "text", "whole"]);

export function fieldLabelsIn(file: string, source: string): { file: string; line: number; label: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { file: string; line: number; label: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && LABEL_HELPERS.has(node.expression.text)) {
      const args = node.expression.text === "whole" ? node.arguments.slice(0, 2) : node.arguments.slice(0, 1);
      for (const arg of args) {
        if (ts.isStringLiteral(arg)) found.push({ file, line: sf.getLineAndCharacterOfPosition(arg.getStart(sf)).line + 1, label: arg.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function typeScriptFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full).flatMap((entry) => {
    const rel = path.join(dir, entry);
    if (statSync(path.join(root, rel)).isDirectory()) return typeScriptFiles(root, rel);
    return rel.endsWith(".ts") ? [rel] : [];
  });
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), "utf8");
}
