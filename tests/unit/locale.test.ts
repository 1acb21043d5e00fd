import { describe, expect, it } from "vitest";
import { formatLongDate, formatNumber } from "@/lib/domain/dates";
import { isLocale, localeFromAcceptLanguage, readerLocale } from "@/lib/domain/locale";
import { compareNames, localStateName } from "@/lib/domain/state-names";

describe("the reader's language from the browser", () => {
  it("takes the first supported language by weight, whatever the region", () => {
    expect(localeFromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,es;q=0.8,en;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("en;q=0.5, es-419;q=0.9")).toBe("es");
  });

  it("has none when no supported language is asked for, or the header is missing or refuses them", () => {
    expect(localeFromAcceptLanguage("de, ru;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage("fr;q=0")).toBeNull();
  });

  it("accepts only the three working languages as a choice", () => {
    expect(["en", "fr", "es"].every(isLocale)).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale("FR")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("dates and numbers per language", () => {
  it("writes Chad's entry into force the way each language writes a date", () => {
    expect(formatLongDate("2013-09-01")).toBe("1 September 2013");
    expect(formatLongDate("2013-09-01", "fr")).toBe("1 septembre 2013");
    expect(formatLongDate("2013-09-01", "es")).toBe("1 de septiembre de 2013");
  });

  it("never shifts a day across time zones", () => {
    expect(formatLongDate("2008-12-31", "fr")).toBe("31 décembre 2008");
    expect(formatLongDate("2010-08-01", "es")).toBe("1 de agosto de 2010");
  });

  it("groups thousands as each language does", () => {
    expect(formatNumber(200000)).toBe("200,000");
    expect(formatNumber(200000, "fr").replace(/\s/g, " ")).toBe("200 000");
    expect(formatNumber(200000, "es")).toBe("200.000");
  });
});

describe("state names per language", () => {
  it("keeps the stored English name in English and translates it otherwise", () => {
    expect(localStateName("ZAF", "South Africa", "en")).toBe("South Africa");
    expect(localStateName("ZAF", "South Africa", "fr")).toBe("Afrique du Sud");
    expect(localStateName("TCD", "Chad", "fr")).toBe("Tchad");
    expect(localStateName("ZAF", "South Africa", "es")).toBe("Sudáfrica");
  });

  it("writes names as a delegate would rather than as an index entry", () => {
    expect(localStateName("COD", "Democratic Republic of the Congo", "es")).toBe("República Democrática del Congo");
  });

  it("falls back to the stored name for a code the library does not know", () => {
    expect(localStateName("XKX", "Kosovo", "fr")).toBe("Kosovo");
  });

  it("sorts accented names where a reader of the language looks for them", () => {
    const names = ["Zambie", "Équateur", "Égypte", "Espagne"];
    expect([...names].sort(compareNames("fr"))).toEqual(["Égypte", "Équateur", "Espagne", "Zambie"]);
  });
});

describe("the reader's language", () => {
  it("is the account's choice, else this browser's choice, else the browser's preference, else English", () => {
    expect(readerLocale("es", "fr", "fr-FR")).toBe("es");
    expect(readerLocale(null, "fr", "es-ES")).toBe("fr");
    expect(readerLocale(null, "de", "es-ES,en;q=0.5")).toBe("es");
    expect(readerLocale("xx", undefined, "de-DE")).toBe("en");
    expect(readerLocale(undefined, null, null)).toBe("en");
  });
});
