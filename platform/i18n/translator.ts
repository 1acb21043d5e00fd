import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/locale";
import { messagesFor } from "./messages";

/** Translations outside React (exports, route handlers): same catalogs and rules as the pages. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}
