// The page cache (ADR 013): the proxy answers a full load of a cached page from a kept copy when nothing it depends on
// has changed; otherwise it has the page rendered by this same server and keeps the result. Every answer still
// passes the session check, and gets a fresh nonce and Content-Security-Policy.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { db } from "@/platform/db";
import { checkSessionAlong, type SessionClaims } from "@/platform/auth/session-check";
import { versionColumns, versionsIn } from "@/platform/cache/versions";
import { CACHE_TAGS } from "@/platform/cache/tags";
import { todayIso } from "@/lib/domain/dates";
import { LOCALE_COOKIE, readerLocale } from "@/lib/domain/locale";
import { isDevelopment, toolEnv } from "@/platform/env";
import { cutAtNonce, isCacheablePageRequest, isKeepable, joinWithNonce, keptHeaders, pageKey, passedHeaders } from "./pages";
import { pageStore } from "./store";

/** Marks the proxy's own request for a page to render; its value proves it comes from this process. */
export const RENDER_HEADER = "x-adhere-render";
/** Says how a cached page was answered (`hit` or `miss`), for the benchmark and the tests. */
export const PAGE_CACHE_HEADER = "x-adhere-page-cache";

// What a page may depend on in the reader's request (platform/i18n/request-locale.ts, next-auth, Next's metadata).
const FORWARDED = ["cookie", "user-agent", "accept", "accept-language", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-for"];

const state = globalThis as unknown as { adherePageCache?: { secret: string; store: ReturnType<typeof pageStore> } };

function cache() {
  state.adherePageCache ??= { secret: randomBytes(24).toString("base64url"), store: pageStore() };
  return state.adherePageCache;
}

/** The nonce the proxy chose for a page it asked this server to render, or null for any other request. */
export function renderNonce(request: NextRequest): string | null {
  const value = request.headers.get(RENDER_HEADER);
  if (!value) return null;
  const [secret, nonce] = value.split(" ");
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return nonce && timingSafeEqual(digest(secret), digest(cache().secret)) ? nonce : null;
}

/** A full load of a cached page. Not under `next dev`, where the code behind a kept page changes as it is edited. */
export function wantsCachedPage(request: NextRequest): boolean {
  return (
    !isDevelopment() &&
    !request.headers.has(RENDER_HEADER) &&
    isCacheablePageRequest({
      method: request.method,
      pathname: request.nextUrl.pathname,
      searchParams: request.nextUrl.searchParams,
      header: (name) => request.headers.get(name),
    })
  );
}

/**
 * The page for a signed-in request, from the kept copy or freshly rendered, with `nonce` in it; null when the session
 * does not count (the page itself then sends the reader to sign in) or the database cannot be reached.
 */
export async function cachedPage(request: NextRequest, claims: SessionClaims, nonce: string): Promise<Response | null> {
  const prisma = db();
  let key: string;
  try {
    // The versions are read before the page is rendered: a page rendered while a change commits is kept under the
    // old versions, where nobody looks for it once the change has bumped them.
    const { check, extra } = await checkSessionAlong(prisma, claims, versionColumns(CACHE_TAGS));
    if (!check.ok || !extra) return null;
    const { user } = check;
    const versions = versionsIn(extra, CACHE_TAGS);
    key = pageKey({
      address: `${request.nextUrl.pathname}${request.nextUrl.search}`,
      userId: user.id,
      sessionId: user.sessionId,
      user: [user.role, user.writeRegions, user.name, user.email, user.locale],
      // Chosen as the page itself chooses it (platform/i18n/request-locale.ts).
      locale: readerLocale(user.locale, request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")),
      today: todayIso(),
      userAgent: request.headers.get("user-agent"),
      versions,
    });
  } catch (error) {
    console.error("[page cache] session or versions unreadable, rendering as usual:", (error as Error).message);
    return null;
  }
  const { store, secret } = cache();
  const kept = store.get(key);
  if (kept) return answer(joinWithNonce(kept.parts, nonce), 200, kept.headers, "hit");

  let rendered: Response;
  try {
    rendered = await render(request, secret, nonce);
  } catch (error) {
    console.error("[page cache] could not ask this server for the page, rendering as usual:", (error as Error).message);
    return null;
  }
  const passed = passedHeaders(rendered.headers);
  if (!rendered.body) return answer(null, rendered.status, passed, "miss");
  // The reader gets the page as it streams (the loading skeleton first); a copy is kept once it is complete.
  const [toReader, toKeep] = rendered.body.tee();
  void new Response(toKeep)
    .text()
    .then((html) => {
      if (isKeepable(rendered.status, rendered.headers, html))
        store.set(key, { parts: cutAtNonce(html, nonce), headers: keptHeaders(rendered.headers) });
    })
    .catch(() => undefined); // the reader went away mid-page: nothing complete to keep
  return answer(toReader, rendered.status, passed, "miss");
}

/** This server's own rendering of the page, with the nonce of the answer to come. */
function render(request: NextRequest, secret: string, nonce: string): Promise<Response> {
  const headers = new Headers({ [RENDER_HEADER]: `${secret} ${nonce}`, "accept-encoding": "identity" });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", request.headers.get("host") ?? "");
  return fetch(`http://127.0.0.1:${toolEnv().PORT}${request.nextUrl.pathname}${request.nextUrl.search}`, { headers, redirect: "manual" });
}

function answer(body: Buffer | ReadableStream<Uint8Array> | null, status: number, headers: [string, string][], how: "hit" | "miss"): Response {
  // Buffer.concat's result sits on an ordinary ArrayBuffer, never a shared one.
  const response = new Response(body as Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null, { status, headers: new Headers(headers) });
  response.headers.set(PAGE_CACHE_HEADER, how);
  return response;
}
