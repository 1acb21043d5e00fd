import countries from "i18n-iso-countries";
import fr from "i18n-iso-countries/langs/fr.json";
import es from "i18n-iso-countries/langs/es.json";

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
