type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The address a sign-in attempt came from, for the per-address throttle. Next.js sets X-Forwarded-For to the
 * socket's address when a request arrives without one; a reverse proxy appends the address it saw. The last
 * entry is therefore the one written by the nearest party we trust; earlier entries are whatever the client sent.
 */
export function clientAddress(headers: Headers): string {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const last = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  if (!last || last.length > 64) return "unknown";
  // "::ffff:127.0.0.1" and "127.0.0.1" are one client.
  return last.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}
