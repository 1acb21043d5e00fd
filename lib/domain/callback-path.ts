/** Only same-site paths: a crafted ?callbackUrl= must not send a signed-in user to another site. */
export function safeCallbackPath(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/signin") || value.startsWith("/api/")) return "/";
  return value;
}
