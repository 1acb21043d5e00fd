import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/domain/locale";
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { zodMessage } from "@/lib/domain/message";

export const required = (field: string) => zodMessage("mutations.fieldRequired", { field: { key: field } });
export const tooLong = (field: string, n: number) => zodMessage("mutations.fieldTooLongMostN", { field: { key: field }, n });
export const notADate = (field: string) => zodMessage("mutations.fieldEnterDateYyyyMm", { field: { key: field } });

/** Form fields arrive as strings; these turn them into checked values with messages for people. `field`: its name's key. */
export const requiredText = (field: string, max = 2000) =>
  z
    .string({ message: required(field) })
    .trim()
    .min(1, required(field))
    .max(max, tooLong(field, max));

export const optionalText = (field: string, max = 4000) => z.string().trim().max(max, tooLong(field, max)).optional().default("");

export const optionalDate = (field: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), notADate(field));

export const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "mutations.unknownState");

// Versions are PostgreSQL integers: anything larger cannot be a version the form was given.
export const version = z.coerce
  .number({ message: "mutations.formOutDateReloadPage" })
  .int()
  .min(1)
  .max(2_147_483_647, "mutations.formOutDateReloadPage");

export const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, "mutations.unknownRecord");
/** An id that may be left empty (no record picked): empty becomes null. */
export const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(id.nullable());

/** A change's source: a depositary notification, a statement, a letter, a link. */
export const source = requiredText("fields.source", 2000);

/** A list from a multi-select, repeated checkboxes, or one text field separated by commas or new lines. */
export const list = <T extends z.ZodType>(item: T, max = 200, separator: RegExp = /[\n,]/) =>
  z.preprocess(
    (v) => {
      // Only text is split and trimmed; anything else is left for the item schema to refuse (never converted, as an
      // object without a prototype cannot even be turned into a string).
      const values: unknown[] = v === undefined || v === null ? [] : Array.isArray(v) ? v : typeof v === "string" ? v.split(separator) : [v];
      return values.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
    },
    z.array(item).max(max, zodMessage("mutations.mostNEntries", { n: max })),
  );

export const iso3List = list(
  z
    .string()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "mutations.useThreeLetterStateCodes"),
);

/** The language typed text is in: one of the working languages; absent means the writer's own. */
export const textLanguage = z.enum(LOCALES, { message: "userMutations.chooseEnglishFrenchSpanish" }).optional();

export function languageOf(input: { language?: Locale }, user: { locale?: string | null }): Locale {
  return input.language ?? (isLocale(user.locale) ? user.locale : DEFAULT_LOCALE);
}
