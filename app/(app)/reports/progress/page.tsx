import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/platform/ui/print-button";
import { requireUser } from "@/platform/auth/session";
import { formatLongDate, todayIso } from "@/lib/domain/dates";
import { resolvePeriod } from "@/features/reports/period";
import { cellText, REPORT_PAGE_ROWS } from "@/features/reports/section";
import { cachedProgressReport } from "@/platform/cache/reads";
import { canSeeRestricted } from "@/lib/domain/contacts";
import { ScrollRegion } from "@/platform/ui/scroll-region";

const headingId = (key: string) => `${key}-heading`;

export async function generateMetadata() {
  const t = await getTranslations("reports.progress");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ProgressReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/reports/progress");
  const params = await searchParams;
  const today = todayIso();
  const period = await resolvePeriod(first(params.from), first(params.to), today);
  const mayIncludeRestricted = canSeeRestricted(user.role);
  const includeRestricted = mayIncludeRestricted && first(params.restricted) === "1";
  const [t, locale] = await Promise.all([getTranslations("reports.progress"), getLocale()]);
  const report = await cachedProgressReport(period.from, period.to, user, { includeRestricted, locale, rows: REPORT_PAGE_ROWS });
  const query = `from=${period.from}&to=${period.to}${includeRestricted ? "&restricted=1" : ""}`;

  return (
    <article className="report">
      <div className="no-print mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" action="/reports/progress" className="flex flex-wrap items-end gap-2 text-sm" aria-label={t("period")}>
          <div>
            <label htmlFor="r-from" className="block font-medium">
              {t("from")}
            </label>
            <input id="r-from" name="from" type="date" defaultValue={period.from} max={today} className="rounded border border-slate-400 px-2 py-1" />
          </div>
          <div>
            <label htmlFor="r-to" className="block font-medium">
              {t("to")}
            </label>
            <input id="r-to" name="to" type="date" defaultValue={period.to} max={today} className="rounded border border-slate-400 px-2 py-1" />
          </div>
          {mayIncludeRestricted ? (
            <div className="flex items-center gap-1.5 self-center">
              <input id="r-restricted" name="restricted" type="checkbox" value="1" defaultChecked={includeRestricted} className="h-4 w-4" />
              <label htmlFor="r-restricted">{t("includeRestricted")}</label>
            </div>
          ) : null}
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-medium text-white">
            {t("show")}
          </button>
        </form>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <PrintButton />
          <a href={`/reports/progress/export?format=docx&${query}`} className="rounded border border-slate-500 px-3 py-1.5 font-medium" download>
            {t("word")}
          </a>
          <a href={`/reports/progress/export?format=xlsx&${query}`} className="rounded border border-slate-500 px-3 py-1.5 font-medium" download>
            {t("excel")}
          </a>
        </div>
      </div>
      {period.error ? (
        <p role="status" className="no-print mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {t(`error.${period.error}`)}
        </p>
      ) : null}
      <header className="mb-6">
        <p className="text-sm uppercase tracking-wide text-slate-600">{t("kicker")}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {t("heading", { from: formatLongDate(period.from, locale), to: formatLongDate(period.to, locale) })}
        </h1>
        <p className="text-sm text-slate-600">
          {t("generated", { date: formatLongDate(today, locale) })}
          {report.includesRestricted ? ` ${t("restrictedNote")}` : ""}
        </p>
      </header>
      <nav aria-label={t("sections")} className="no-print mb-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {report.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`} className="underline underline-offset-2">
                {s.title} ({s.total})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {report.sections.map((section) => (
        <section key={section.key} id={section.key} aria-labelledby={headingId(section.key)} className="report-section mb-8">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={headingId(section.key)} className="text-lg font-semibold">
              {section.title} <span className="font-normal text-slate-600">({section.total})</span>
            </h2>
            <a
              href={`/reports/progress/export?format=csv&section=${section.key}&${query}`}
              className="no-print text-sm underline underline-offset-2"
              download
            >
              CSV
            </a>
          </div>
          <p className="mb-2 text-sm text-slate-700">{section.description}</p>
          {section.rows.length === 0 ? (
            <p className="text-sm italic text-slate-600">{t("none")}</p>
          ) : (
            <ScrollRegion labelledBy={headingId(section.key)} className="rounded border border-slate-200 bg-white">
              <table className="min-w-full text-sm" data-section={section.key}>
                <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
                  <tr>
                    {section.columns.map((c) => (
                      <th key={c} scope="col" className="px-3 py-1.5">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 [&_td]:px-3 [&_td]:py-1.5">
                  {section.rows.map((row, i) => (
                    <tr key={i} className="align-top">
                      {row.cells.map((cell, j) => {
                        const c = cellText(cell, report.locale);
                        return (
                          <td key={j}>
                            {j === (section.linkColumn ?? 1) && row.href ? (
                              <Link href={row.href} className="text-sky-900 underline-offset-2 hover:underline">
                                {c}
                              </Link>
                            ) : (
                              c
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {section.total > section.rows.length ? (
            <p className="mt-2 text-sm text-slate-700" data-shown={section.rows.length}>
              {t("shownOf", { shown: section.rows.length, total: section.total })}
            </p>
          ) : null}
        </section>
      ))}
    </article>
  );
}
