import { formatLongDate, type IsoDate } from "@/lib/domain/dates";

/** A date shown as it was said ("mid-2013"); the window it means is in the tooltip and for screen readers. */
export function FuzzyDateText({ text, earliest, latest }: { text: string; earliest: IsoDate | null; latest: IsoDate | null }) {
  if (!text) return <span className="text-slate-500">no date</span>;
  const window =
    earliest && latest ? (earliest === latest ? formatLongDate(earliest) : `${formatLongDate(earliest)} – ${formatLongDate(latest)}`) : "no date given";
  if (earliest && earliest === latest && text === earliest) return <time dateTime={earliest}>{formatLongDate(earliest)}</time>;
  return (
    <span title={window} className="underline decoration-dotted underline-offset-2">
      {text}
      <span className="sr-only"> ({window})</span>
    </span>
  );
}
