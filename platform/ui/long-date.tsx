import { useLocale, useTranslations } from "next-intl";
import { formatLongDate, type IsoDate } from "@/lib/domain/dates";

/** A written-out date; one later than the page's "as of" date is shown muted and says so. */
export function LongDate({ value, asOf, empty = "—" }: { value: IsoDate | null; asOf?: IsoDate; empty?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  if (!value) return <span className="text-slate-500">{empty}</span>;
  if (asOf && value > asOf) {
    return (
      <time dateTime={value} className="text-slate-500 italic" title={t("laterThanAsOf")}>
        {formatLongDate(value, locale)}
        <span className="sr-only"> {t("laterThanAsOfSr")}</span>
      </time>
    );
  }
  return <time dateTime={value}>{formatLongDate(value, locale)}</time>;
}
