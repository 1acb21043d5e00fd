import { formatLongDate, isIsoDate } from "@/lib/domain/dates";
import { isLocale, type Locale } from "@/lib/domain/locale";
import type { Message, MessageValue } from "@/lib/domain/message";
import type { ShownResult } from "@/platform/actions/form-state";
import type { ActionResult } from "@/platform/mutations/core";
import { translatorFor } from "./translator";

type Translate = (key: string, values?: Record<string, string | number>) => string;

function renderValue(value: MessageValue, locale: Locale, t: Translate): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("date" in value) return isIsoDate(value.date) ? formatLongDate(value.date, locale) : value.date;
  if ("list" in value) return new Intl.ListFormat(locale, { type: "conjunction" }).format(value.list.map((v) => String(renderValue(v, locale, t))));
  const text = render({ key: value.key, values: value.values ?? {} }, locale, t);
  return "lower" in value && value.lower ? text.toLocaleLowerCase(locale) : text;
}

function render(message: Message, locale: Locale, t: Translate): string {
  if (typeof message === "string") return t(message);
  const values = Object.fromEntries(Object.entries(message.values).map(([name, value]) => [name, renderValue(value, locale, t)]));
  return t(message.key, values);
}

/** A message in the reader's language, from the same catalogs the pages use. */
export function renderMessage(message: Message, locale: Locale): string {
  const said = typeof message === "object" && isLocale(message.locale) ? message.locale : locale;
  return render(message, said, translatorFor(said) as unknown as Translate);
}

/** Zod's issue text back into a message: a key, a key with values (zodMessage), or zod's own words (a forged form). */
export function messageOfIssue(text: string, code: string): Message {
  if (text.startsWith("{")) {
    try {
      const parsed = JSON.parse(text) as { key?: unknown; values?: unknown };
      if (typeof parsed.key === "string") return { key: parsed.key, values: (parsed.values ?? {}) as Record<string, MessageValue> };
    } catch {
      // not ours: fall through to zod's own
    }
  }
  if (/^[a-z][A-Za-z]*\.[A-Za-z0-9.]+$/.test(text)) return text;
  return ZOD_CODES[code] ?? "mutations.invalidInput";
}

const ZOD_CODES: Record<string, string> = {
  invalid_value: "mutations.invalidOption",
  too_small: "mutations.tooSmall",
  too_big: "mutations.tooBig",
  unrecognized_keys: "mutations.unrecognized",
};

/** A mutation's result with every message (its own, each field's, the records it points to) in the reader's language. */
export function renderActionResult(result: ActionResult, locale: Locale): ShownResult {
  const { cookie: _cookie, ...rest } = result.ok ? result : { ...result, cookie: undefined };
  if (rest.ok) return { ...rest, message: renderMessage(rest.message, locale) };
  return {
    ...rest,
    message: renderMessage(rest.message, locale),
    fieldErrors:
      rest.fieldErrors && Object.fromEntries(Object.entries(rest.fieldErrors).map(([field, message]) => [field, renderMessage(message, locale)])),
    related: rest.related?.map((link) => ({ ...link, label: renderMessage(link.label, locale) })),
  };
}
