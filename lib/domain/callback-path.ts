const SAME_SITE = "http://same-site.invalid";

/** Only same-site paths: a crafted ?callbackUrl= must not send a signed-in user to another site. */
export function safeCallbackPath(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // Browsers drop tabs and newlines from URLs and treat "\" as "/": "/\t/evil.com" would become "//evil.com".
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(value, SAME_SITE);
  } catch {
    return "/";
  }
  if (url.origin !== SAME_SITE) return "/";
  if (url.pathname.startsWith("/signin") || url.pathname.startsWith("/api/")) return "/";
  return value;
}
