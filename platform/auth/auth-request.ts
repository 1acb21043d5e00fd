// Requests to next-auth's routes that it would answer with a 500 ("problem with the server configuration") although
// the fault is the request's: they are refused with a 4xx and a sentence before next-auth sees them.

/** next-auth's own test of a callbackUrl: a path on this site, or an http(s) address. */
export function isHttpCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

export interface AuthRequestRefusal {
  status: number;
  message: string;
  allow?: string;
}

export function authRequestRefusal(request: { method: string; pathname: string; callbackUrls: string[]; base: string }): AuthRequestRefusal | null {
  if (request.method === "GET" && /^\/api\/auth\/callback\/credentials\/?$/.test(request.pathname)) {
    return { status: 405, message: "Sign in with the form at /signin: this address only takes the form's POST.", allow: "POST" };
  }
  if (request.callbackUrls.some((url) => url !== "" && !isHttpCallbackUrl(url, request.base))) {
    return { status: 400, message: "Bad request: callbackUrl must be a web address (for example /states)." };
  }
  return null;
}

/**
 * The callbackUrl values of a POST body as next-auth will read it (JSON, or a form), or null when next-auth could
 * not read the body at all (broken JSON, or JSON that is not an object with a text callbackUrl).
 */
export function callbackUrlsOfBody(contentType: string, text: string): string[] | null {
  if (contentType.includes("application/json")) {
    try {
      const body: unknown = JSON.parse(text);
      if (!body || typeof body !== "object" || Array.isArray(body)) return null;
      const value = (body as Record<string, unknown>).callbackUrl;
      if (value === undefined) return [];
      return typeof value === "string" ? [value] : null;
    } catch {
      return null;
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded")) return new URLSearchParams(text).getAll("callbackUrl");
  return [];
}
