// Which responses the page cache may keep, and under what key: pure, so that the rules are tested on their own
// (tests/unit/page-cache.test.ts). A page is kept per signed-in session, under the versions of every data-cache tag,
// so any change by anyone (platform/mutations/core.ts bumps the versions after it commits) makes it unreachable.
import { createHash } from "node:crypto";

/** The read pages people reload most: the dashboard, the lists, a state's page and the progress report. */
const CACHED_PATH = /^\/(?:states(?:\/[A-Za-z]{3})?|pledges|contacts|reports\/progress)?$/;

export interface PageRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  /** Request headers, lower-case names. */
  header(name: string): string | null;
}

// Not a page load: a Server Action, or a partial request. (Next hides from the proxy the headers its client router
// puts on requests for a page's React payload, so those are told apart by Sec-Fetch-Dest below.)
const NOT_A_PAGE_LOAD = ["next-action", "range"];

/**
 * A browser's full load of a cached page: GET, `Sec-Fetch-Dest: document` (which every current browser sends on a
 * navigation, and never on the client router's fetches, prefetches and refreshes), no Server Action.
 */
export function isCacheablePageRequest(request: PageRequest): boolean {
  if (request.method !== "GET" || !CACHED_PATH.test(request.pathname) || request.searchParams.has("_rsc")) return false;
  if (request.header("sec-fetch-dest") !== "document") return false;
  return NOT_A_PAGE_LOAD.every((name) => request.header(name) === null);
}

/** Everything a cached page's HTML depends on besides the nonce. */
export interface PageKeyParts {
  address: string;
  userId: string;
  sessionId: string;
  /** The user as the session check read them (role, region limits, name, language). */
  user: unknown;
  locale: string;
  today: string;
  userAgent: string | null;
  /** The data-cache tag versions, all of them. */
  versions: readonly string[];
}

export function pageKey(parts: PageKeyParts): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

/** A response worth keeping: a complete page with no cookie set and no error streamed into it. */
export function isKeepable(status: number, headers: Headers, html: string): boolean {
  if (status !== 200 || headers.has("set-cookie")) return false;
  if (!(headers.get("content-type") ?? "").startsWith("text/html")) return false;
  // React marks a Suspense boundary that failed on the server with the error's digest.
  return !html.includes("data-dgst") && html.trimEnd().endsWith("</html>");
}

/**
 * The page as UTF-8 bytes cut where its nonce stands, so that another response can put its own in. Kept as bytes, an
 * answer is a copy of memory: no 300 kB string is searched, rebuilt or encoded per request.
 */
export function cutAtNonce(html: string, nonce: string): Buffer[] {
  return html.split(nonce).map((part) => Buffer.from(part, "utf8"));
}

export function joinWithNonce(parts: readonly Buffer[], nonce: string): Buffer {
  const between = Buffer.from(nonce, "utf8");
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [between, part])));
}

// Headers of one transfer, not of the page: the answer's own framing is set by the server that sends it.
const TRANSFER = ["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"];
// …and of one answer: each gets its own date and policy, and a kept page sets no cookie.
const PER_ANSWER = new Set([...TRANSFER, "date", "content-security-policy", "set-cookie"]);

/** The headers to send again with every answer from a kept page. */
export function keptHeaders(headers: Headers): [string, string][] {
  return [...headers.entries()].filter(([name]) => !PER_ANSWER.has(name.toLowerCase()));
}

/** A rendered answer's headers, to pass on as they are, except its framing (each cookie on its own line). */
export function passedHeaders(headers: Headers): [string, string][] {
  const skip = new Set([...TRANSFER, "set-cookie"]);
  const passed = [...headers.entries()].filter(([name]) => !skip.has(name.toLowerCase()));
  return [...passed, ...headers.getSetCookie().map((cookie): [string, string] => ["set-cookie", cookie])];
}
