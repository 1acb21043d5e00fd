import { useLocale, useTranslations } from "next-intl";
import { formatLongDate, type IsoDate } from "@/lib/domain/dates";

/** A date shown as it was said ("mid-2013"); the window it means is in the tooltip and for screen readers. */
export function FuzzyDateText({ text, earliest, latest }: { text: string; earliest: IsoDate | null; latest: IsoDate | null }) {
  const locale = useLocale();
  const t = useTranslations("common");
  if (!text) return <span className="text-slate-500">{t("noDate")}</span>;
  const window =
    earliest && latest
      ? earliest === latest
        ? formatLongDate(earliest, locale)
        : `${formatLongDate(earliest, locale)} – ${formatLongDate(latest, locale)}`
      : t("noDateGiven");
  if (earliest && earliest === latest && text === earliest) return <time dateTime={earliest}>{formatLongDate(earliest, locale)}</time>;
  return (
    <span title={window} className="underline decoration-dotted underline-offset-2">
      {text}
      <span className="sr-only"> ({window})</span>
    </span>
  );
}
