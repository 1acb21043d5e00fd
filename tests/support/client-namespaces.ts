// Which message namespaces the browser needs: those of every module reachable from a "use client" file.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function resolveImport(root: string, from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The namespaces passed to useTranslations in modules that run in the browser. */
export function clientNamespaces(root: string): string[] {
  const files = ["app", "features", "platform", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
  const queue = files.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/useTranslations\(\s*["']([\w.]+)["']\s*\)/g)) namespaces.add(m[1]);
    if (/useTranslations\(\s*\)/.test(source)) namespaces.add("*");
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolveImport(root, file, m[1]);
      if (target) queue.push(target);
    }
  }
  return [...namespaces].sort();
}
