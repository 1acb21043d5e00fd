import en from "@/messages/en";
import es from "@/messages/es";
import fr from "@/messages/fr";
import type { Locale } from "@/lib/domain/locale";

export type Messages = typeof en;

const CATALOGS: Record<Locale, Messages> = { en, fr, es };

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}
