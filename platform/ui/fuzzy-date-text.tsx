import { useLocale, useTranslations } from "next-intl";
import { formatDayRange, formatLongDate, type IsoDate } from "@/lib/domain/dates";

/**
 * A date shown as it was said ("this Spring"), followed by the window it means with its year ("Mar – May 2013"):
 * lists span years, and what was said rarely names one.
 */
export function FuzzyDateText({ text, earliest, latest }: { text: string; earliest: IsoDate | null; latest: IsoDate | null }) {
  const locale = useLocale();
  const t = useTranslations("common");
  if (!text) return <span className="text-slate-500">{t("noDate")}</span>;
  if (earliest && earliest === latest && text === earliest) return <time dateTime={earliest}>{formatLongDate(earliest, locale)}</time>;
  if (!earliest || !latest) return <span>{text}</span>;
  const window = formatDayRange(earliest, latest, locale);
  return (
    <span data-fuzzy-date={`${earliest}/${latest}`}>
      {text}
      {window === text ? null : (
        <>
          {" · "}
          <span className="whitespace-nowrap" suppressHydrationWarning>
            {window}
          </span>
        </>
      )}
    </span>
  );
}
