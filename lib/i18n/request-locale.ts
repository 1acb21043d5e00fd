import "server-only";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/domain/locale";

/**
 * The reader's language: the one they chose (stored with their account, so it follows them to any computer), else
 * the one chosen in this browser before signing in, else the browser's own preference, else English.
 */
export async function requestLocale(): Promise<Locale> {
  return requestLocaleOf(await currentUser().catch(() => null));
}

/** The same, for a user already read: React's per-request cache does not work in Server Actions and route handlers. */
export async function requestLocaleOf(user: { locale: string | null } | null): Promise<Locale> {
  if (isLocale(user?.locale)) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
