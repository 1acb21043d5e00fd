/** The Convention's three working languages: every page, export and message exists in each. */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a switcher shows it. */
export const LOCALE_NAME: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

/** The regional variant used for dates and numbers: day-month-year order, as delegations write them. */
export const LOCALE_TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language of an Accept-Language header, by its q-weights; null when none is supported. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? null;
}

/** Remembers a language chosen before signing in (and after signing out) in this browser. */
export const LOCALE_COOKIE = "adhere-locale";

/**
 * The reader's language: the one they chose (stored with their account, so it follows them to any computer), else
 * the one chosen in this browser (`LOCALE_COOKIE`), else the browser's own preference, else English.
 */
export function readerLocale(
  userLocale: string | null | undefined,
  browserChoice: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(browserChoice)) return browserChoice;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
