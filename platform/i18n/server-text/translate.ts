// Messages written on the server in English (lib/mutations, the zod schemas they use) reach the reader in their
// language here: each catalog entry is an English pattern whose {placeholders} match any text and are carried into
// the translation. The English stays the source (tests and the audit log read it); an unknown message is shown as it is.
import { formatLongDate, isIsoDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { messagesFor } from "@/platform/i18n/messages";
import type { ActionResult } from "@/platform/mutations/core";
import { SERVER_TEXT, TERMS, type Translated } from "./catalog";

type OtherLocale = Exclude<Locale, "en">;

interface Compiled {
  regex: RegExp;
  names: string[];
  translation: Translated;
}

const PLACEHOLDER = /\{([A-Za-z]+\d*)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Literal characters in a pattern: more of them means more specific, so such patterns are tried first. */
const specificity = (pattern: string) => pattern.replace(PLACEHOLDER, "").length;

function compile(pattern: string, translation: Translated): Compiled {
  const names: string[] = [];
  let source = "";
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    source += escape(pattern.slice(last, match.index)) + "([\\s\\S]*?)";
    names.push(match[1]);
    last = match.index + match[0].length;
  }
  source += escape(pattern.slice(last));
  return { regex: new RegExp(`^${source}$`), names, translation };
}

const EXACT = new Map<string, Translated>();
const PATTERNS: Compiled[] = [];
for (const [en, fr, es] of [...SERVER_TEXT].sort((a, b) => specificity(b[0]) - specificity(a[0]))) {
  if (en.includes("{")) PATTERNS.push(compile(en, { fr, es }));
  else EXACT.set(en, { fr, es });
}
const TERM = new Map(TERMS.map(([en, fr, es]) => [en.toLowerCase(), { fr, es }]));

/** English label → label in `locale`, for the enum groups of the `labels` catalog (role, stepStatus, region…). */
const LABEL_GROUPS = new Map<string, Map<string, Translated>>();
{
  const [en, fr, es] = (["en", "fr", "es"] as const).map((l) => messagesFor(l).labels as unknown as Record<string, Record<string, string>>);
  for (const group of Object.keys(en)) {
    const byEnglish = new Map<string, Translated>();
    for (const [key, label] of Object.entries(en[group])) byEnglish.set(label.toLowerCase(), { fr: fr[group][key], es: es[group][key] });
    LABEL_GROUPS.set(group, byEnglish);
  }
}

/** Keeps the case the English value was written in: a label lower-cased inside a sentence stays lower-case. */
function likeCase(english: string, translated: string): string {
  return english === english.toLowerCase() ? translated.toLowerCase() : translated;
}

const AND: Record<OtherLocale, string> = { fr: " et ", es: " y " };

/** "Africa, Asia and Europe" (as listRegions writes it) or "2 statements, 1 pledge": its items, and whether "and" ends it. */
function splitList(value: string): { items: string[]; and: boolean } {
  const lastAnd = value.lastIndexOf(" and ");
  if (lastAnd < 0) return { items: value.split(", "), and: false };
  return { items: [...value.slice(0, lastAnd).split(", "), value.slice(lastAnd + 5)], and: true };
}

function translateList(value: string, locale: OtherLocale, item: (text: string) => string): string {
  const { items, and } = splitList(value);
  const translated = items.map(item);
  if (!and || translated.length <= 1) return translated.join(", ");
  return `${translated.slice(0, -1).join(", ")}${AND[locale]}${translated[translated.length - 1]}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1 August 2010" (as formatLongDate writes English) in the reader's language; anything else is kept. */
function longDate(value: string, locale: OtherLocale): string {
  const match = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(value);
  const month = match ? MONTHS.indexOf(match[2]) + 1 : 0;
  if (!match || month === 0) return value;
  const iso = `${match[3]}-${String(month).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return isIsoDate(iso) ? formatLongDate(iso as IsoDate, locale) : value;
}

/**
 * How a placeholder's value is carried over, by the placeholder's name:
 * - a group of the `labels` catalog (role, stepStatus, pledgeStatus, path, region…): that label, translated;
 * - field, unit: a term of the catalog (a form field's name);
 * - text, text2…: a message itself (a part of a sentence built elsewhere), translated in turn;
 * - list, regions: "a, b and c", each item translated in turn; longDate: a date written out;
 * - anything else (names, titles, numbers, addresses): kept exactly as it is.
 */
function carry(name: string, value: string, locale: OtherLocale): string {
  if (value === "") return value;
  const group = LABEL_GROUPS.get(name);
  if (group) {
    const found = group.get(value.toLowerCase());
    return found ? likeCase(value, found[locale]) : value;
  }
  if (/^text\d*$/.test(name)) return translateServerText(value, locale);
  switch (name) {
    case "field":
    case "unit": {
      const term = TERM.get(value.toLowerCase());
      return term ? likeCase(value, term[locale]) : value;
    }
    case "list":
      return translateList(value, locale, (item) => translateServerText(item, locale));
    case "regions":
      return translateList(value, locale, (item) => carry("region", item, locale));
    case "longDate":
      return longDate(value, locale);
    default:
      return value;
  }
}

function fill(translation: string, names: string[], values: string[], locale: OtherLocale): string {
  const filled = translation.replace(PLACEHOLDER, (whole, name: string) => {
    const index = names.indexOf(name);
    return index < 0 ? whole : carry(name, values[index], locale);
  });
  // A translated part that starts the sentence starts it with a capital ("ce contact" → "Ce contact a été…");
  // names and titles at the start are kept as written.
  const first = /^\{([A-Za-z]+\d*)\}/.exec(translation)?.[1];
  const translatedPart = first !== undefined && (LABEL_GROUPS.has(first) || /^text\d*$/.test(first) || ["field", "unit", "list", "regions"].includes(first));
  return translatedPart ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
}

/** `text` in the reader's language, or as it is when no catalog entry matches (and always in English). */
export function translateServerText(text: string, locale: Locale): string {
  if (locale === "en" || text === "") return text;
  // Spaces around a part of a sentence (" Your other session has ended.") are kept around its translation.
  const lead = /^\s*/.exec(text)![0];
  const trail = /\s*$/.exec(text.slice(lead.length))![0];
  const core = text.slice(lead.length, text.length - trail.length);
  const exact = EXACT.get(core);
  if (exact) return lead + exact[locale] + trail;
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(core);
    if (match) return lead + fill(pattern.translation[locale], pattern.names, match.slice(1), locale) + trail;
  }
  return text;
}

/** A form's result with every message (its own, each field's, the records it points to) in the reader's language. */
export function translateActionResult<R extends ActionResult>(result: R, locale: Locale): R {
  if (locale === "en") return result;
  const translated = { ...result, message: translateServerText(result.message, locale) };
  if (translated.ok) return translated;
  return {
    ...translated,
    ...(translated.fieldErrors && {
      fieldErrors: Object.fromEntries(Object.entries(translated.fieldErrors).map(([key, message]) => [key, translateServerText(message, locale)])),
    }),
    ...(translated.related && { related: translated.related.map((link) => ({ ...link, label: translateServerText(link.label, locale) })) }),
  };
}
