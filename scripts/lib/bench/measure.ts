// The benchmark's measurements: throughput and latency (autocannon), SQL statements per page, JavaScript shipped
// per page, export times and concurrent writes.
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { Browser } from "@/tests/reliability/support/client";

/**
 * What a browser sends when it loads a page (not when its router fetches a page's data): the page cache keeps and
 * serves only such loads (platform/page-cache/pages.ts), so the benchmark asks as a browser does.
 */
export const PAGE_LOAD = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };

export interface LoadResult {
  label: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** How the page cache answered one more request right after the load (`hit`, `miss`, or "" for a page it does not keep). */
  pageCache: string;
}

/** `extra` headers go with every request (the benchmark's compressed run asks for gzip as a browser does). */
export async function load(
  baseUrl: string,
  label: string,
  path: string,
  cookie: string,
  options: { connections: number; duration: number },
  extra: Record<string, string> = {},
): Promise<LoadResult> {
  const headers = { ...(cookie ? { cookie } : {}), "x-forwarded-for": "10.9.9.9", ...PAGE_LOAD, ...extra };
  const result = await autocannon({ url: `${baseUrl}${path}`, connections: options.connections, duration: options.duration, headers });
  const after = await fetch(`${baseUrl}${path}`, { headers });
  await after.arrayBuffer();
  return {
    label,
    path,
    pageCache: after.headers.get("x-adhere-page-cache") ?? "",
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Waits until the server has worked off what the last load left queued (on a busy machine a slow page can leave
 * minutes of work behind): a cheap page must answer quickly three times in a row, or `maxMs` pass.
 */
export async function drain(baseUrl: string, maxMs = 300_000): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 3 && performance.now() - started < maxMs) {
    const t = performance.now();
    try {
      const response = await fetch(`${baseUrl}/signin`, { headers: { "x-forwarded-for": "10.9.9.8" }, signal: AbortSignal.timeout(maxMs) });
      await response.arrayBuffer();
      quick = performance.now() - t < 1_000 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick < 3) await new Promise((r) => setTimeout(r, 500));
  }
  return performance.now() - started;
}

/** A few sequential requests, then a short burst: the route is compiled, pools are open, caches are filled. */
export async function warmUp(browser: Browser, path: string, cookie: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const response = await browser.fetch(path, { headers: PAGE_LOAD });
    if (response.status !== 200) throw new Error(`${path} answered HTTP ${response.status} while warming up`);
    await response.arrayBuffer();
  }
  await autocannon({
    url: `${browser.baseUrl}${path}`,
    connections: 4,
    duration: 2,
    headers: { ...(cookie ? { cookie } : {}), "x-forwarded-for": "10.9.9.9", ...PAGE_LOAD },
  });
}

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  scripts: number;
}

const gzipSize = (data: Uint8Array | string) => gzipSync(data).length;

/** The page's HTML and the JavaScript files it loads, gzip-compressed as a browser would receive them. */
export async function pageWeight(browser: Browser, path: string, chunkSizes: Map<string, number>): Promise<PageWeight> {
  const response = await browser.fetch(path, { headers: PAGE_LOAD });
  const html = await response.text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let jsGzip = 0;
  for (const src of sources) {
    if (!chunkSizes.has(src)) {
      const chunk = await browser.fetch(src);
      chunkSizes.set(src, gzipSize(new Uint8Array(await chunk.arrayBuffer())));
    }
    jsGzip += chunkSizes.get(src)!;
  }
  return { path, htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSize(html), jsGzip, scripts: sources.length };
}

/** The statements a request sends to PostgreSQL, counted by the relay the app connects through. */
export async function statementsOf(browser: Browser, path: string, count: () => number): Promise<number> {
  const before = count();
  const response = await browser.fetch(path, { headers: PAGE_LOAD });
  await response.arrayBuffer();
  // Writes a request starts after answering (the session's last-seen time) land shortly after.
  await new Promise((r) => setTimeout(r, 300));
  return count() - before;
}

export interface TimedResult {
  label: string;
  path: string;
  median: number;
  max: number;
  status: number;
}

/** `before` runs ahead of each request, untimed (the benchmark invalidates the caches there). */
export async function timeRequests(
  browser: Browser,
  label: string,
  path: string,
  times = 3,
  before: () => Promise<void> = async () => {},
): Promise<TimedResult> {
  const ms: number[] = [];
  let status = 0;
  for (let i = 0; i < times; i++) {
    await before();
    const started = performance.now();
    const response = await browser.fetch(path, { headers: PAGE_LOAD });
    await response.arrayBuffer();
    ms.push(performance.now() - started);
    status = response.status;
  }
  ms.sort((a, b) => a - b);
  return { label, path, median: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1], status };
}

export interface WriteResult {
  writers: number;
  seconds: number;
  saved: number;
  confirmations: number;
  errors: number;
  firstError: string;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `writers` signed-in users logging contacts as fast as the app takes them, for `seconds`. */
export async function logContacts(
  browsers: Browser[],
  seconds: number,
  fields: (writer: number, i: number) => Record<string, string>,
): Promise<WriteResult> {
  let saved = 0;
  let confirmations = 0;
  let errors = 0;
  let firstError = "";
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    browsers.map(async (browser, writer) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t = performance.now();
        try {
          const input = fields(writer, i);
          let response = await browser.action("createContact", "/contacts/new", input);
          // De-confliction: the user has seen the overlapping contacts and saves anyway, as a person would.
          if (response.state?.status === "done" && !response.state.ok && response.state.code === "confirm") {
            confirmations += 1;
            const related = (response.state.related ?? []).map((r) => r.id).filter((r): r is string => Boolean(r));
            response = await browser.action("createContact", "/contacts/new", { ...input, confirmedOverlaps: related } as Record<
              string,
              string | string[]
            >);
          }
          if (response.state?.status === "done" && response.state.ok) {
            saved += 1;
            latencies.push(performance.now() - t);
          } else {
            errors += 1;
            firstError ||= `HTTP ${response.status}: ${JSON.stringify(response.state ?? response.body.slice(0, 200))}`;
          }
        } catch (error) {
          errors += 1;
          firstError ||= String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    writers: browsers.length,
    seconds: elapsed,
    saved,
    confirmations,
    errors,
    firstError,
    perSecond: saved / elapsed,
    p50: at(0.5),
    p99: at(0.99),
  };
}
