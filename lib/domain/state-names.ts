import countries from "i18n-iso-countries";
import fr from "i18n-iso-countries/langs/fr.json";
import es from "i18n-iso-countries/langs/es.json";
import { LOCALE_TAG, type Locale } from "./locale";

countries.registerLocale(fr);
countries.registerLocale(es);

/** A state's names in the Convention's other languages (French, Spanish), so a summary written in them is understood. */
export function otherLanguageNames(iso3: string): string[] {
  const names = new Set<string>();
  for (const locale of ["fr", "es"]) {
    for (const name of countries.getName(iso3, locale, { select: "all" }) ?? []) names.add(name);
  }
  return [...names];
}

// Where the library's short name reads as an index entry rather than a name, the name a delegate would write.
const NAME_OVERRIDES: Partial<Record<Locale, Record<string, string>>> = {
  es: { COD: "República Democrática del Congo", VEN: "Venezuela", IRN: "Irán", GBR: "Reino Unido", BOL: "Bolivia" },
  fr: { USA: "États-Unis", CZE: "Tchéquie", SWZ: "Eswatini" },
};

/** A state's name in the reader's language; English (as stored) when the library has none. */
export function localStateName(iso3: string, storedName: string, locale: Locale): string {
  if (locale === "en") return storedName;
  return NAME_OVERRIDES[locale]?.[iso3] ?? countries.getName(iso3, locale) ?? storedName;
}

/** Names sorted as a reader of `locale` expects ("Équateur" after "Égypte", not after "Zambie"). */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(LOCALE_TAG[locale], { sensitivity: "base" });
  return (a, b) => collator.compare(a, b);
}
