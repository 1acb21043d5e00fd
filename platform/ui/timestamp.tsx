import { useLocale } from "next-intl";
import { LOCALE_TAG, type Locale } from "@/lib/domain/locale";

/** A moment written out in UTC, the one time zone every delegation shares, e.g. "18 April 2013, 14:05 UTC". */
export function formatTimestamp(iso: string, locale: Locale = "en"): string {
  const date = new Date(iso);
  const tag = LOCALE_TAG[locale];
  const day = date.toLocaleDateString(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString(tag, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

export function Timestamp({ value, empty = "—" }: { value: string | null; empty?: string }) {
  const locale = useLocale();
  if (!value) return <span className="text-slate-500">{empty}</span>;
  return <time dateTime={value}>{formatTimestamp(value, locale)}</time>;
}
