import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EARLIEST_AS_OF, type AsOf } from "@/lib/domain/as-of";
import { formatLongDate } from "@/lib/domain/dates";

/** Visible whenever a page shows the past, so nobody mistakes it for today's picture. */
export function AsOfBanner({ asOf, todayHref }: { asOf: AsOf; todayHref: string }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  if (asOf.error) {
    // parseAsOf gives its reason in English; the banner says it in the reader's language.
    const notADate = /^"(.*)" is not a date/.exec(asOf.error);
    const message = notADate
      ? t("asOfBanner.notADate", { value: notADate[1] })
      : asOf.error.includes("did not exist")
        ? t("asOfBanner.tooEarly", { date: formatLongDate(EARLIEST_AS_OF, locale) })
        : t("asOfBanner.future");
    return (
      <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        {message}
      </p>
    );
  }
  if (asOf.isToday) return null;
  return (
    <p role="status" className="mb-4 flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950">
      <span>{t.rich("asOfBanner.showing", { b: (chunks) => <strong>{chunks}</strong>, date: formatLongDate(asOf.date, locale) })}</span>
      <Link href={todayHref} className="no-print font-medium underline underline-offset-2">
        {t("asOfBanner.backToToday")}
      </Link>
    </p>
  );
}
