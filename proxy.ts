import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { sessionCookie } from "@/platform/auth/cookies";
import { authSecret, isDevelopment, servedOverHttps } from "@/platform/env";
import { hasNulCharacter } from "@/lib/domain/nul";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/domain/locale";
import { contentSecurityPolicy, newNonce } from "@/platform/security/csp";
import { cachedPage, renderNonce, wantsCachedPage } from "@/platform/page-cache/serve";
import type { SessionClaims } from "@/platform/auth/session-check";

// Reached without a session: sign-in itself, and the routes that authenticate by token (the read API with a bearer
// token, the calendar feed with the token in its address). Those check the token themselves (features/api/route.ts,
// app/calendar.ics/route.ts), and must answer 401/404, never redirect a program to the sign-in page.
const PUBLIC_PATH = /^\/(signin|api\/auth|api\/v1|calendar\.ics)(\/|$)/;

/**
 * Every response gets a Content-Security-Policy with a fresh nonce; Next.js reads the nonce from the request's
 * policy header and puts it on its own scripts. The sign-in redirect is a first line of defence only: every page
 * and action checks the session again for itself.
 */
export async function proxy(request: NextRequest) {
  const https = servedOverHttps();
  // A page the proxy itself asked for (platform/page-cache) carries the nonce its answer will be sent with.
  const nonce = renderNonce(request) ?? newNonce();
  const policy = contentSecurityPolicy({ nonce, development: isDevelopment(), https });
  const response = await answer(request, https, nonce, policy);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000");
  return response;
}

async function answer(request: NextRequest, https: boolean, nonce: string, policy: string): Promise<Response> {
  if (hasNulCharacter(`${request.nextUrl.pathname}${request.nextUrl.search}`)) return badAddress();
  const chosenLocale = request.nextUrl.searchParams.get("lang");
  if (isLocale(chosenLocale)) return rememberLocale(request, chosenLocale, https);
  if (PUBLIC_PATH.test(request.nextUrl.pathname)) return pass(request, policy);
  const claims = await sessionClaims(request, https);
  if (!claims) return toSignIn(request);
  return (wantsCachedPage(request) && (await cachedPage(request, claims, nonce))) || pass(request, policy);
}

/** A NUL character is never part of a real address, and PostgreSQL refuses it in text: no page gets to read it. */
function badAddress(): NextResponse {
  return new NextResponse("Bad request: the address contains a NUL character (%00).\n", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

async function sessionClaims(request: NextRequest, https: boolean): Promise<SessionClaims | null> {
  const cookie = sessionCookie(https);
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: https, cookieName: cookie.name });
  if (!token?.sub) return null;
  return { userId: token.sub, sid: token.sid as string | undefined, signedInAt: token.signedInAt as number | undefined };
}

function pass(request: NextRequest, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

/** `?lang=fr` (the sign-in page's language links): kept in this browser, then the same address without it. */
function rememberLocale(request: NextRequest, locale: Locale, https: boolean): NextResponse {
  const url = request.nextUrl.clone();
  url.searchParams.delete("lang");
  const response = NextResponse.redirect(url, 303);
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", secure: https, maxAge: 60 * 60 * 24 * 365 });
  return response;
}

function toSignIn(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  const callback = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/signin";
  url.search = callback === "/" ? "" : `?callbackUrl=${encodeURIComponent(callback)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|map/).*)"],
};
