import { useLocale, useTranslations } from "next-intl";
import { formatLongDate } from "@/lib/domain/dates";
import type { SeriesPoint } from "@/lib/domain/series";
import { ScrollRegion } from "@/platform/ui/scroll-region";

const WIDTH = 900;
const HEIGHT = 260;
const PAD = { left: 40, right: 16, top: 16, bottom: 28 };

interface Marker {
  name: string;
  date: string;
}

/** States Parties and signatories over time, with the meetings as markers; the data also as a table. */
export function StatusChart({ series, markers }: { series: SeriesPoint[]; markers: Marker[] }) {
  const t = useTranslations("dashboard.chart");
  const locale = useLocale();
  const first = Date.parse(series[0].date);
  const last = Date.parse(series.at(-1)!.date);
  const max = Math.max(...series.map((p) => Math.max(p.counts.STATE_PARTY, p.counts.byDeposit, p.counts.SIGNATORY)));
  const yMax = Math.ceil(max / 20) * 20 || 20;
  const x = (date: string) => PAD.left + ((Date.parse(date) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / yMax) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: SeriesPoint) => number) =>
    series.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(pick(p)).toFixed(1)}`).join("");
  const years = [...new Set(series.map((p) => p.date.slice(0, 4)))];
  const yearly = years.map((year) => series.filter((p) => p.date.startsWith(year)).at(-1)!);
  return (
    <figure className="rounded border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-lg font-semibold">{t("caption")}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label={t("ariaLabel", { from: formatLongDate(series[0].date, locale), to: formatLongDate(series.at(-1)!.date, locale) })}
      >
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(yMax * f)} y2={y(yMax * f)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(yMax * f) + 4} fontSize="11" textAnchor="end" fill="#475569">
              {Math.round(yMax * f)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(`${year}-07-01`)} y={HEIGHT - 8} fontSize="11" textAnchor="middle" fill="#475569">
            {year}
          </text>
        ))}
        {markers
          .filter((m) => Date.parse(m.date) >= first && Date.parse(m.date) <= last)
          .map((m) => (
            <g key={m.name + m.date}>
              <line x1={x(m.date)} x2={x(m.date)} y1={PAD.top} y2={HEIGHT - PAD.bottom} stroke="#64748b" strokeDasharray="3 3" />
              <title>{`${m.name}, ${formatLongDate(m.date, locale)}`}</title>
            </g>
          ))}
        <path d={line((p) => p.counts.byDeposit)} fill="none" stroke="#56b4e9" strokeWidth={1.5} strokeDasharray="5 3" />
        <path d={line((p) => p.counts.STATE_PARTY)} fill="none" stroke="#009e73" strokeWidth={2.5} />
        <path d={line((p) => p.counts.SIGNATORY)} fill="none" stroke="#e69f00" strokeWidth={2.5} />
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-5 text-sm">
        <li>
          <span aria-hidden="true" className="mr-1.5 inline-block h-0.5 w-5 bg-[#009e73] align-middle" />
          {t("legendParties")}
        </li>
        <li>
          <span aria-hidden="true" className="mr-1.5 inline-block h-0.5 w-5 border-t-2 border-dashed border-[#56b4e9] align-middle" />
          {t("legendByDeposit")}
        </li>
        <li>
          <span aria-hidden="true" className="mr-1.5 inline-block h-0.5 w-5 bg-[#e69f00] align-middle" />
          {t("legendSignatories")}
        </li>
        <li>
          <span aria-hidden="true" className="mr-1.5 inline-block h-3 w-0 border-l border-dashed border-slate-500 align-middle" />
          {t("legendMeetings")}
        </li>
      </ul>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("tableSummary")}</summary>
        <ScrollRegion labelledBy="status-chart-caption" className="mt-2">
          <table className="text-sm">
            <caption id="status-chart-caption" className="sr-only">
              {t("tableCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left">
                  {t("colOn")}
                </th>
                <th scope="col" className="px-2 text-right">
                  {t("colParties")}
                </th>
                <th scope="col" className="px-2 text-right">
                  {t("colByDeposit")}
                </th>
                <th scope="col" className="px-2 text-right">
                  {t("colSignatories")}
                </th>
              </tr>
            </thead>
            <tbody>
              {yearly.map((p) => (
                <tr key={p.date}>
                  <th scope="row" className="px-2 text-left font-normal">
                    {formatLongDate(p.date, locale)}
                  </th>
                  <td className="px-2 text-right tabular-nums">{p.counts.STATE_PARTY}</td>
                  <td className="px-2 text-right tabular-nums">{p.counts.byDeposit}</td>
                  <td className="px-2 text-right tabular-nums">{p.counts.SIGNATORY}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
