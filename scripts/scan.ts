// `npm run scan`: Debian's wapiti and sqlmap against the production build, signed in as a coordinator, on a
// throw-away embedded PostgreSQL. Prints a summary per scanner; exits 1 on any finding of medium severity or above.
// Reports are kept in .data/scan/. Install the scanners with `apt-get install -y wapiti sqlmap`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "@/platform/auth/password";
import { toolEnv } from "@/platform/env";
import { Browser } from "@/tests/reliability/support/client";
import { startStack } from "@/tests/reliability/support/stack";
import { fail, run, runMain } from "./lib/cli";

const log = (line: string) => console.log(`[scan] ${line}`);

interface Finding {
  scanner: string;
  severity: string;
  what: string;
}

const WAPITI_LEVEL: Record<string, string> = { "0": "info", "1": "low", "2": "medium", "3": "high", "4": "critical" };

function wapitiFindings(report: string): { findings: Finding[]; counts: Record<string, number> } {
  const json = JSON.parse(readFileSync(report, "utf8")) as Record<
    string,
    Record<string, { level: number | string; path: string; method: string; info: string; parameter: string }[]>
  >;
  const findings: Finding[] = [];
  const counts: Record<string, number> = {};
  for (const section of ["vulnerabilities", "anomalies", "additionals"]) {
    for (const [category, items] of Object.entries(json[section] ?? {})) {
      for (const item of items) {
        const severity = WAPITI_LEVEL[String(item.level)] ?? `level ${item.level}`;
        counts[severity] = (counts[severity] ?? 0) + 1;
        findings.push({
          scanner: "wapiti",
          severity,
          what: `${category}: ${item.method} ${item.path} ${item.parameter ? `(${item.parameter})` : ""} — ${item.info}`.slice(0, 400),
        });
      }
    }
  }
  return { findings, counts };
}

runMain(async () => {
  for (const tool of ["wapiti", "sqlmap"]) {
    if (spawnSync("which", [tool]).status !== 0) fail(`${tool} is not installed: apt-get install -y wapiti sqlmap`);
  }
  const env = toolEnv();
  const outDir = path.resolve(env.ADHERE_DATA_DIR, "scan");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  log("Starting the app (production build) on a fresh embedded PostgreSQL…");
  const stack = await startStack(env.RELIABILITY_PORT);
  try {
    const email = "scanner@adhere.test";
    const password = "scanner-password-2013";
    await stack.prisma.user.create({
      data: { email, name: "Scanner (coordinator)", role: "COORDINATOR", passwordHash: await hashPassword(password) },
    });
    const browser = new Browser(stack.baseUrl);
    await browser.signIn(email, password);
    const cookie = browser.cookieHeader;
    const base = `${stack.baseUrl}/`;
    log(`Signed in as ${email} (coordinator); scanning ${base}`);

    // wapiti: the default modules except ssrf, which needs wapiti's servers on the internet. No -x exclusions:
    // Debian's wapiti 3.0.4 fails on them with Python 3.11. Signing out cannot end the scan: the session is a signed
    // token sent with every request (-H), which signing out does not revoke.
    const wapitiReport = path.join(outDir, "wapiti.json");
    const wapitiArgs = [
      "-u",
      base,
      "--scope",
      "folder",
      "-m",
      "common,-ssrf",
      "-H",
      `Cookie: ${cookie}`,
      "-d",
      "3",
      "--max-links-per-page",
      "40",
      "--max-files-per-dir",
      "30",
      "--max-scan-time",
      "480",
      "--max-attack-time",
      "60",
      "--flush-session",
      "--store-session",
      path.join(outDir, "wapiti-session"),
      "--store-config",
      path.join(outDir, "wapiti-config"),
      "-f",
      "json",
      "-o",
      wapitiReport,
      "-v",
      "1",
      "--no-bugreport",
    ];
    log(`wapiti ${wapitiArgs.map((a) => (a.startsWith("Cookie:") ? '"Cookie: <coordinator session>"' : a)).join(" ")}`);
    const wapiti = await run("wapiti", wapitiArgs, { capture: true });
    writeFileSync(path.join(outDir, "wapiti.log"), wapiti.output);
    if (!existsSync(wapitiReport)) fail(`wapiti wrote no report (exit ${wapiti.code}); see ${path.join(outDir, "wapiti.log")}`);
    const crawled = /(\d+) URLs? and forms? /.exec(wapiti.output)?.[0] ?? "";
    const w = wapitiFindings(wapitiReport);

    // sqlmap: every page and download that takes query parameters, with values a user would send.
    const urls = [
      "/states?q=georgia&region=AFRICA&status=SIGNATORY&asOf=2013-04-18",
      "/contacts?q=letter&target=GEO&actor=x&channel=EMAIL&outcome=POSITIVE&status=DONE&from=2012-01-01&to=2013-12-31",
      "/contacts/export.csv?q=letter&target=GEO&from=2012-01-01",
      "/pledges?status=OPEN&kind=SIGNATURE&region=AFRICA&meeting=x&actor=x",
      "/admin/audit?user=x&entity=Contact&action=contact.create&from=2012-01-01&to=2013-12-31",
      "/reports/progress?from=2012-09-14&to=2013-04-18",
      "/reports/progress/export?from=2012-09-14&to=2013-04-18&format=csv&section=ratifications",
      "/?asOf=2013-04-18&since=x",
    ].map((u) => `${stack.baseUrl}${u}`);
    const bulk = path.join(outDir, "sqlmap-urls.txt");
    writeFileSync(bulk, `${urls.join("\n")}\n`);
    // Every parameter gets sqlmap's heuristic tests; the full series only where they show a sign (--smart), with the
    // boolean, error and UNION techniques for PostgreSQL. Time-based tests measure delays, which on a shared machine
    // are noise, and the full series on every parameter takes hours there (pages answer in seconds under load).
    const sqlmapArgs = [
      "-m",
      bulk,
      `--cookie=${cookie}`,
      "--batch",
      "--smart",
      "--dbms=PostgreSQL",
      "--level=1",
      "--risk=1",
      "--technique=BEU",
      "--timeout=60",
      "--retries=1",
      "--flush-session",
      "--disable-coloring",
      "--output-dir",
      path.join(outDir, "sqlmap"),
    ];
    log(`sqlmap ${sqlmapArgs.map((a) => (a.startsWith("--cookie=") ? "--cookie=<coordinator session>" : a)).join(" ")}`);
    // At most 20 minutes: sqlmap has no time limit of its own, and slow answers make it slow.
    const sqlmap = await run("sqlmap", sqlmapArgs, { capture: true, timeout: 20 * 60_000 });
    const testedUrls = (sqlmap.output.match(/testing URL '/g) ?? []).length;
    writeFileSync(path.join(outDir, "sqlmap.log"), sqlmap.output);
    const injectable = sqlmap.output
      .split("\n")
      .filter((l) => /identified the following injection point|is vulnerable|appears to be injectable/i.test(l) && !/not/i.test(l));
    const parametersTested = (sqlmap.output.match(/skipping GET parameter|testing for SQL injection on GET parameter/g) ?? []).length;
    const urlsClean = (sqlmap.output.match(/all tested parameters do not appear to be injectable/g) ?? []).length;
    const sqlFindings: Finding[] = injectable.map((line) => ({ scanner: "sqlmap", severity: "high", what: line.trim() }));

    const serious = [...w.findings.filter((f) => ["medium", "high", "critical"].includes(f.severity)), ...sqlFindings];
    console.log("");
    log(`wapiti 3.0.4: exit ${wapiti.code}; ${crawled}findings by severity ${JSON.stringify(w.counts)}`);
    for (const f of w.findings) log(`  wapiti ${f.severity}: ${f.what}`);
    log(
      `sqlmap 1.7.2: exit ${sqlmap.code}; ${testedUrls} of ${urls.length} URLs tested, ${parametersTested} parameters; "all tested parameters do not appear to be injectable" for ${urlsClean} URLs; injection points ${sqlFindings.length}`,
    );
    log(`Reports: ${outDir}`);
    log(`${serious.length} findings of medium severity or above`);
    if (serious.length > 0) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
});
