// `npm run bench:parser`: how long the session-summary parser takes on a 200 KB summary (a benchmark, not a test).
// The text is built from the 2013 summary and from sessions written like it, with the speakers varied so that every
// paragraph is matched afresh; all 197 states and the organisations are the parser's candidates.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { execSync } from "node:child_process";
import { parseSummary, type KnownActor } from "@/lib/domain/summary-parser";
import { buildReferenceStates } from "@/lib/domain/reference-data";
import { otherLanguageNames } from "@/lib/domain/state-names";

const TARGET_BYTES = 200_000;
const RUNS = 20;

const states = buildReferenceStates(
  readFileSync("prisma/data/ccm_states.csv", "utf8"),
  readFileSync("prisma/data/regions.csv", "utf8"),
  readFileSync("prisma/data/aliases.csv", "utf8"),
);
const actors: KnownActor[] = [
  ...states.map((s) => ({ key: s.iso3, name: s.name, aliases: [...s.aliases, ...otherLanguageNames(s.iso3)], kind: "STATE" as const })),
  { key: "ICRC", name: "International Committee of the Red Cross", aliases: ["ICRC"], kind: "ORGANISATION" },
  { key: "CMC", name: "Cluster Munition Coalition", aliases: ["CMC"], kind: "ORGANISATION" },
  { key: "IACG", name: "UN Inter-Agency Coordination Group on Mine Action", aliases: ["UN IACG-MA"], kind: "ORGANISATION" },
];

const base = readFileSync("tests/fixtures/2013-summary.md", "utf8");
const plain = readFileSync("tests/fixtures/2014-summary-plain.md", "utf8");
const names = states.map((s) => s.name);
let text = "";
for (let i = 0; text.length < TARGET_BYTES; i++) {
  const swap = (t: string) => t.replace(/\*\*Canada\*\*/g, `**${names[i % names.length]}**`).replace(/^Kenya/m, names[(i * 7) % names.length]);
  text += `\n\n${swap(i % 3 === 2 ? plain : base)}`;
}
const bytes = Buffer.byteLength(text);

parseSummary(text, actors, "2013-04-18"); // warm-up
const times: number[] = [];
let statements = 0;
for (let r = 0; r < RUNS; r++) {
  const start = process.hrtime.bigint();
  statements = parseSummary(text, actors, "2013-04-18").statements.length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const worst = times[times.length - 1];
const commit = (() => {
  try {
    return execSync("git rev-parse --short HEAD").toString().trim();
  } catch {
    return "unknown";
  }
})();
const line = `| ${new Date().toISOString().slice(0, 10)} | ${commit} | ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} | ${(bytes / 1000).toFixed(0)} kB, ${statements} statements | ${median.toFixed(0)} ms | ${worst.toFixed(0)} ms | ${os.loadavg()[0].toFixed(2)} |`;
console.log(
  `Parsed ${(bytes / 1000).toFixed(0)} kB (${statements} statements) ${RUNS} times: median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms (target < 1000 ms).`,
);

const doc = "docs/import-benchmark.md";
let current = "";
try {
  current = readFileSync(doc, "utf8");
} catch {
  /* first run */
}
const header = `# Session-summary parser benchmark

\`npm run bench:parser\` parses a ${TARGET_BYTES / 1000} kB summary (the 2013 summary and a plain-text one, repeated with varied
speakers, matched against all 197 states in three languages and the organisations) ${RUNS} times after a warm-up, and
appends a line here. Target: under 1 second. Load is the 1-minute load average during the run (the machine is shared).

| date | commit | machine | input | median | slowest | load |
| --- | --- | --- | --- | --- | --- | --- |
`;
writeFileSync(doc, `${current.startsWith("# Session-summary") ? current.trimEnd() : header.trimEnd()}\n${line}\n`);
console.log(`Appended to ${doc}.`);
