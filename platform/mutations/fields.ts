import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/domain/locale";
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";

/** Form fields arrive as strings; these turn them into checked values with messages for people. */
export const requiredText = (label: string, max = 2000) =>
  z.string({ message: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} is too long (at most ${max} characters).`);

export const optionalText = (label: string, max = 4000) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional().default("");

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), `${label}: enter a date as YYYY-MM-DD.`);

export const iso3 = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Unknown state.");

// Versions are PostgreSQL integers: anything larger cannot be a version the form was given.
export const version = z.coerce.number({ message: "The form is out of date; reload the page." }).int().min(1).max(2_147_483_647, "The form is out of date; reload the page.");

export const id = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "Unknown record.");
/** An id that may be left empty (no record picked): empty becomes null. */
export const optionalId = z.string().trim().optional().transform((v) => (v ? v : null)).pipe(id.nullable());

/** A change's source: a depositary notification, a statement, a letter, a link. */
export const source = requiredText("Source", 2000);

/** A list from a multi-select, repeated checkboxes, or one text field separated by commas or new lines. */
export const list = <T extends z.ZodType>(item: T, max = 200, separator: RegExp = /[\n,]/) =>
  z.preprocess((v) => {
    // Only text is split and trimmed; anything else is left for the item schema to refuse (never converted, as an
    // object without a prototype cannot even be turned into a string).
    const values: unknown[] = v === undefined || v === null ? [] : Array.isArray(v) ? v : typeof v === "string" ? v.split(separator) : [v];
    return values.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
  }, z.array(item).max(max, `At most ${max} entries.`));

export const iso3List = list(z.string().toUpperCase().regex(/^[A-Z]{3}$/, "Use three-letter state codes such as GEO or ZAF."));

/** The language typed text is in: one of the working languages; absent means the writer's own. */
export const textLanguage = z.enum(LOCALES, { message: "Choose English, French or Spanish." }).optional();

export function languageOf(input: { language?: Locale }, user: { locale?: string | null }): Locale {
  return input.language ?? (isLocale(user.locale) ? user.locale : DEFAULT_LOCALE);
}
