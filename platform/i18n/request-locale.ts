import "server-only";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/platform/auth/session";
import { LOCALE_COOKIE, readerLocale, type Locale } from "@/lib/domain/locale";

/** The reader's language for this request (`readerLocale`). */
export async function requestLocale(): Promise<Locale> {
  return requestLocaleOf(await currentUser().catch(() => null));
}

/** The same, for a user already read: React's per-request cache does not work in Server Actions and route handlers. */
export async function requestLocaleOf(user: { locale: string | null } | null): Promise<Locale> {
  return readerLocale(user?.locale, (await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}
