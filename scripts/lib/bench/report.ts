// docs/performance.md from one benchmark run: the machine, the figures, and each target met or missed by how much.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { LoadResult, PageWeight, TimedResult, WriteResult } from "./measure";

export const NOTES_MARKER = "<!-- Everything below this line is written by hand and kept when `npm run bench` rewrites the file. -->";

export interface BenchRun {
  date: string;
  commit: string;
  machine: string;
  loadBefore: number[];
  loadAfter: number[];
  options: { connections: number; duration: number };
  dataSet: string;
  baseline: LoadResult;
  staticFile: LoadResult;
  pages: LoadResult[];
  /** The baseline, `/` and `/states` requested with `Accept-Encoding: gzip`, as a browser asks. */
  compressed: LoadResult[];
  exports: TimedResult[];
  /** Each page's first request after a change (every cache tag bumped), one at a time. */
  afterChange: TimedResult[];
  writes: WriteResult;
  writesPresent: number;
  statements: { path: string; normal: { changed: number; cached: number }; large: { changed: number; cached: number } }[];
  weights: PageWeight[];
  minimal: PageWeight;
  twoInstances: { pages: LoadResult[]; writes: WriteResult; writesPresent: number } | null;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} kB`;
const times = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)}×`;

interface Verdict {
  target: string;
  figure: string;
  met: boolean;
  by: string;
}

function verdicts(run: BenchRun): Verdict[] {
  const out: Verdict[] = [];
  const base = run.baseline.rps;
  for (const page of run.pages) {
    const clean = page.errors === 0 && page.non2xx === 0;
    if (page.label === "/" || page.label === "/states") {
      const ratio = page.rps / base;
      out.push({
        target: `${page.label}: ≥ 0.3 × baseline req/s`,
        figure: `${times(ratio)} (${page.rps.toFixed(1)} of ${base.toFixed(1)} req/s)`,
        met: ratio >= 0.3 && clean,
        by: ratio >= 0.3 ? "" : `${times(0.3 / ratio)} too slow`,
      });
      out.push({
        target: `${page.label}: p99 < 50 ms`,
        figure: ms(page.p99),
        met: page.p99 < 50 && clean,
        by: page.p99 < 50 ? "" : `${times(page.p99 / 50)} over`,
      });
    } else {
      const limit = page.label.startsWith("/reports/progress") ? 500 : 150;
      if (page.requests === 0) {
        out.push({
          target: `${page.label}: p99 < ${limit} ms`,
          figure: `no answer within autocannon's 10 s timeout (${page.errors} timeouts)`,
          met: false,
          by: `over ${times(10_000 / limit)}`,
        });
        continue;
      }
      out.push({
        target: `${page.label}: p99 < ${limit} ms`,
        figure: ms(page.p99),
        met: page.p99 < limit && clean,
        by: page.p99 < limit ? "" : `${times(page.p99 / limit)} over`,
      });
    }
  }
  for (const e of run.exports) {
    out.push({
      target: `${e.label} < 1 s`,
      figure: `${ms(e.max)} (slowest of 3, sequential)`,
      met: e.max < 1000 && e.status === 200,
      by: e.max < 1000 ? "" : `${times(e.max / 1000)} over`,
    });
  }
  const w = run.writes;
  out.push({
    target: "log-a-contact: ≥ 300 writes/s, 20 writers",
    figure: `${w.perSecond.toFixed(1)} writes/s`,
    met: w.perSecond >= 300,
    by: w.perSecond >= 300 ? "" : `${times(300 / w.perSecond)} too slow`,
  });
  out.push({
    target: "log-a-contact: 0 errors, every write present",
    figure: `${w.errors} errors, ${run.writesPresent} of ${w.saved} present`,
    met: w.errors === 0 && run.writesPresent === w.saved,
    by: w.errors === 0 && run.writesPresent === w.saved ? "" : `${w.errors} errors, ${w.saved - run.writesPresent} missing`,
  });
  for (const weight of run.weights) {
    const over = weight.jsGzip - run.minimal.jsGzip;
    out.push({
      target: `${weight.path}: JS ≤ 20 kB gzip above the minimal page`,
      figure: `${over >= 0 ? "+" : ""}${kb(over)}`,
      met: over <= 20 * 1024,
      by: over <= 20 * 1024 ? "" : `${kb(over - 20 * 1024)} over`,
    });
  }
  if (run.statements.length === 0) return out;
  const unequal = run.statements.filter((s) => s.normal.changed !== s.large.changed || s.normal.cached !== s.large.cached);
  out.push({
    target: "SQL statements per page equal at normal and large data",
    figure: unequal.length ? `differ on ${unequal.map((s) => s.path).join(", ")}` : "equal on every page",
    met: unequal.length === 0,
    by: unequal.length ? "see the table" : "",
  });
  return out;
}

function loadTable(rows: LoadResult[], base: number): string {
  const lines = [
    "| Page | req/s | ratio to baseline | p50 | p99 | requests | errors | non-2xx | page cache |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows)
    lines.push(
      `| \`${r.path}\` | ${r.rps.toFixed(1)} | ${(r.rps / base).toFixed(3)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${r.pageCache || "—"} |`,
    );
  return lines.join("\n");
}

function writesLine(w: WriteResult, present: number): string {
  return `${w.writers} writers for ${w.seconds.toFixed(1)} s: **${w.perSecond.toFixed(1)} writes/s**, ${w.saved} saved (${w.confirmations} after the overlap confirmation), ${w.errors} errors${w.firstError ? ` (first: ${w.firstError.replace(/\|/g, "/")})` : ""}, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}; ${present} of ${w.saved} found in the database afterwards.`;
}

export function renderReport(run: BenchRun): string {
  const base = run.baseline.rps;
  const v = verdicts(run);
  const parts = [
    "# Performance",
    "",
    "Written by `npm run bench` (scripts/bench.ts); rerun it to refresh the figures. Targets: issue #9 (they are not weakened here).",
    "",
    "## Run",
    "",
    `- Date: ${run.date}; commit ${run.commit}`,
    `- Machine: ${run.machine}`,
    `- Load average (1, 5, 15 min) before: ${run.loadBefore.map((l) => l.toFixed(2)).join(", ")}; after: ${run.loadAfter.map((l) => l.toFixed(2)).join(", ")}. The machine was shared with other jobs: every figure is lower than on an idle machine, the ratios to the baseline less so.`,
    `- Data: ${run.dataSet}`,
    `- Load: autocannon, ${run.options.connections} connections, ${run.options.duration} s per page after a warm-up, signed in as a coordinator; the load generator runs on the same machine.`,
    `- Baseline: \`${run.baseline.path}\`, a page of the same app rendered without reading the database (${base.toFixed(1)} req/s, p99 ${ms(run.baseline.p99)}). No page of the app is prerendered: the Content-Security-Policy carries a fresh nonce per request. A static file (\`_next/static\`) for reference: ${run.staticFile.rps.toFixed(1)} req/s, p99 ${ms(run.staticFile.p99)}.`,
    "",
    "## Targets",
    "",
    "| Target | Figure | Met | Missed by |",
    "|---|---|---|---|",
    ...v.map((x) => `| ${x.target} | ${x.figure} | ${x.met ? "yes" : "**no**"} | ${x.by} |`),
    "",
    "## Pages, one instance (data and page cache in the process)",
    "",
    loadTable([run.baseline, ...run.pages], base),
    "",
    "The page cache column says how one more request right after the load was answered: `hit` from a kept page, `miss` rendered (ADR 013).",
    "",
    "### Asking for gzip, as a browser does",
    "",
    "autocannon asks for no compression, so the table above leaves out the gzip Next applies to every answer a browser gets. The same load with `Accept-Encoding: gzip, deflate, br` (ratios to the baseline measured the same way):",
    "",
    loadTable(run.compressed, run.compressed[0]?.rps ?? base),
    "",
    "## First request after a change (one at a time)",
    "",
    "Before each of 3 requests every cache tag is bumped, as a change by anyone does: the page is rendered from the database, not served from the page or data cache.",
    "",
    "| Page | median | slowest | HTTP |",
    "|---|---:|---:|---:|",
    ...run.afterChange.map((e) => `| \`${e.path}\` | ${ms(e.median)} | ${ms(e.max)} | ${e.status} |`),
    "",
    "## Exports (full year, sequential)",
    "",
    "| Export | median | slowest | HTTP |",
    "|---|---:|---:|---:|",
    ...run.exports.map((e) => `| \`${e.path}\` | ${ms(e.median)} | ${ms(e.max)} | ${e.status} |`),
    "",
    "## Log a contact",
    "",
    writesLine(run.writes, run.writesPresent),
    "",
    "## SQL statements per request",
    "",
    ...(run.statements.length === 0
      ? ["Not counted in this run (`--no-counts`)."]
      : [
          "Counted by a relay between the app and PostgreSQL (every Execute or Query message), on an instance of its own: after a change (the data and page caches just invalidated) and then again (a kept page: the session check and the tag versions in one statement).",
          "",
          "| Page | normal: after a change | normal: next request | large: after a change | large: next request |",
          "|---|---:|---:|---:|---:|",
          ...run.statements.map((s) => `| \`${s.path}\` | ${s.normal.changed} | ${s.normal.cached} | ${s.large.changed} | ${s.large.cached} |`),
        ]),
    "",
    "## Page weight",
    "",
    `JavaScript: the gzip size of the script files each page loads, against the minimal page \`${run.minimal.path}\` (${kb(run.minimal.jsGzip)} in ${run.minimal.scripts} files).`,
    "",
    "| Page | HTML | HTML gzip | JS gzip | JS above minimal | script files |",
    "|---|---:|---:|---:|---:|---:|",
    ...run.weights.map(
      (w) => `| \`${w.path}\` | ${kb(w.htmlBytes)} | ${kb(w.htmlGzip)} | ${kb(w.jsGzip)} | ${kb(w.jsGzip - run.minimal.jsGzip)} | ${w.scripts} |`,
    ),
    "",
  ];
  if (run.twoInstances) {
    parts.push(
      "## Two instances behind a round-robin proxy (data cache shared in Redis)",
      "",
      "Same machine, so the two instances share its two cores: this shows that the app runs as several stateless instances, not that it scales.",
      "",
      loadTable(run.twoInstances.pages, base),
      "",
      writesLine(run.twoInstances.writes, run.twoInstances.writesPresent),
      "",
    );
  }
  return parts.join("\n");
}

export function writeReport(file: string, run: BenchRun): void {
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n\n## Why targets are missed\n\n(to be written after a run)\n`;
  writeFileSync(file, `${renderReport(run)}\n${notes}`);
}
