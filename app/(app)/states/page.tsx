import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/components/as-of-banner";
import { LongDate } from "@/components/long-date";
import { StatesFilter } from "@/components/states-filter";
import { StatusBadge } from "@/components/status-badge";
import { StatusCountsPanel } from "@/components/status-counts";
import { StepStatusBadge } from "@/components/state/step-status-badge";
import { requireUser } from "@/lib/auth/session";
import { cachedStateList } from "@/lib/data/cached";
import { todayIso } from "@/lib/domain/dates";
import { compareNames, localStateName } from "@/lib/domain/state-names";
import { parseStateFilter, STATE_SORTS, type StateSortParam } from "@/lib/domain/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("states");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

type SortParam = StateSortParam;

export default async function StatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/states");
  const params = await searchParams;
  const today = todayIso();
  const { asOf, q, region, status, stalledOnly, sort } = parseStateFilter(params, today).filter;
  const { rows: listed, counts, stalledAfterMonths } = await cachedStateList({ viewer: user, asOf: asOf.date, region, status, q, stalledOnly, sort: sort && STATE_SORTS[sort] });
  const [t, labels, locale] = await Promise.all([getTranslations("states"), getTranslations("labels"), getLocale()]);
  const named = listed.map((s) => ({ ...s, name: localStateName(s.iso3, s.name, locale) }));
  // Listed by name unless sorted by contact: by the name the reader sees, in the reader's alphabet.
  const byName = compareNames(locale);
  const rows = sort || locale === "en" ? named : named.sort((a, b) => byName(a.name, b.name));
  const newestFirst = sort === "no-contact";
  const oldestFirst = sort === "no-contact-asc";
  const ariaSort = newestFirst ? "descending" : oldestFirst ? "ascending" : undefined;
  const nextSort: SortParam = newestFirst ? "no-contact-asc" : "no-contact";
  const complete = (kind: string) => kind === "COMPLETE";
  const stateHref = (iso3: string) => (asOf.isToday ? `/states/${iso3}` : `/states/${iso3}?asOf=${asOf.date}`);
  const sortHref = (value: SortParam) => {
    const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && v && k !== "sort" ? [[k, v]] : [])));
    query.set("sort", value);
    return `/states?${query}`;
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="text-sm text-slate-600">{t("shown", { count: rows.length })}</p>
      </div>
      <AsOfBanner asOf={asOf} todayHref="/states" />
      <StatesFilter values={{ q, region: region ?? "", status: status ?? "", asOf: asOf.isToday ? "" : asOf.date, stalled: stalledOnly, sort: sort ?? "" }}
        stalledAfterMonths={stalledAfterMonths} today={today} />
      <StatusCountsPanel counts={counts} />
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t.rich("noMatch", { link: (chunks) => <Link href="/states" className="underline">{chunks}</Link> })}
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="data-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.state")}</th>
                <th scope="col">{t("col.region")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.signed")}</th>
                <th scope="col">{t("col.deposited")}</th>
                <th scope="col">{t("col.entryIntoForce")}</th>
                <th scope="col">{t("col.currentStep")}</th>
                <th scope="col">{t("col.lastActivity")}</th>
                <th scope="col" aria-sort={ariaSort}>
                  <Link href={sortHref(nextSort)} className="underline underline-offset-2">
                    {t("col.noContactSince")}
                    <span aria-hidden="true">{newestFirst ? " ↓" : oldestFirst ? " ↑" : ""}</span>
                    <span className="sr-only">{newestFirst ? t("sortLongestFirst") : t("sortToSort")}</span>
                  </Link>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.iso3} data-iso3={s.iso3}>
                  <th scope="row">
                    <Link href={stateHref(s.iso3)}>
                      {s.name}
                    </Link>
                  </th>
                  <td>{labels(`region.${s.region}`)}</td>
                  <td>
                    <StatusBadge status={s.status} instrument={s.record.instrument} />
                  </td>
                  <td className="whitespace-nowrap"><LongDate value={s.record.signed} asOf={asOf.date} /></td>
                  <td className="whitespace-nowrap"><LongDate value={s.record.deposited} asOf={asOf.date} /></td>
                  <td className="whitespace-nowrap"><LongDate value={s.entryIntoForce?.date ?? null} asOf={asOf.date} /></td>
                  <td>
                    {s.stage.current ? (
                      <span>
                        {s.stage.current.title} <StepStatusBadge status={s.stage.current.status} />
                      </span>
                    ) : (
                      <span className="text-slate-500">{complete(s.stage.kind) ? t("allStepsDone") : "—"}</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap">
                    <LongDate value={s.lastActivity ? s.lastActivity.slice(0, 10) : null} empty={t("noneRecorded")} />
                    {s.stalled ? (
                      <span className="ml-2 rounded border border-[#d55e00] bg-[#fbece3] px-1.5 py-0.5 text-xs font-medium text-[#9c3f00]">{t("stalled")}</span>
                    ) : null}
                  </td>
                  {s.daysSinceContact === null || !s.lastContact ? (
                    <td className="whitespace-nowrap text-slate-500" data-days-since-contact="none">{t("noContact")}</td>
                  ) : (
                    <td className="whitespace-nowrap" data-days-since-contact={s.daysSinceContact}>
                      {s.daysSinceContact === 0 ? t("today") : t("days", { days: s.daysSinceContact })}
                      <span className="block text-xs text-slate-600">
                        <LongDate value={s.lastContact} />
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
