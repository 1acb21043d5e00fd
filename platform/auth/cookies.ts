import { servedOverHttps } from "@/platform/env";

/**
 * The session cookie, shared by next-auth (which sets it) and the proxy (which reads it): not readable by
 * scripts, not sent on cross-site sub-requests or POSTs, and over HTTPS only when the app is served so.
 */
export function sessionCookie(https = servedOverHttps()) {
  return {
    name: `${https ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: https },
  };
}

/** next-auth's cookie that remembers where to go after signing in (next-auth's default name). */
export function callbackUrlCookieName(https = servedOverHttps()): string {
  return `${https ? "__Secure-" : ""}next-auth.callback-url`;
}
