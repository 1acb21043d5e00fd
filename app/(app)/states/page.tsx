import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/platform/ui/as-of-banner";
import { StatesFilter } from "@/features/treaty-status/components/states-filter";
import { StatusCountsPanel } from "@/platform/ui/status-counts";
import { StatesTableBody, type StatesTableRow } from "@/features/treaty-status/components/states-table-body";
import { requireUser } from "@/platform/auth/session";
import { cachedStateList } from "@/platform/cache/reads";
import { todayIso } from "@/lib/domain/dates";
import { compareNames, localStateName } from "@/lib/domain/state-names";
import { parseStateFilter, STATE_SORTS, type StateSortParam } from "@/lib/domain/list-filters";
import { ScrollRegion } from "@/platform/ui/scroll-region";

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
  const {
    rows: listed,
    counts,
    stalledAfterMonths,
  } = await cachedStateList({ viewer: user, asOf: asOf.date, region, status, q, stalledOnly, sort: sort && STATE_SORTS[sort] });
  const [t, locale] = await Promise.all([getTranslations("states"), getLocale()]);
  const named = listed.map((s) => ({ ...s, name: localStateName(s.iso3, s.name, locale) }));
  // Listed by name unless sorted by contact: by the name the reader sees, in the reader's alphabet.
  const byName = compareNames(locale);
  const rows = sort || locale === "en" ? named : named.sort((a, b) => byName(a.name, b.name));
  const newestFirst = sort === "no-contact";
  const oldestFirst = sort === "no-contact-asc";
  const ariaSort = newestFirst ? "descending" : oldestFirst ? "ascending" : undefined;
  const nextSort: SortParam = newestFirst ? "no-contact-asc" : "no-contact";
  const stateHref = (iso3: string) => (asOf.isToday ? `/states/${iso3}` : `/states/${iso3}?asOf=${asOf.date}`);
  const sortHref = (value: SortParam) => {
    const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && v && k !== "sort" ? [[k, v]] : [])));
    query.set("sort", value);
    return `/states?${query}`;
  };

  const tableRows: StatesTableRow[] = rows.map((s) => ({
    iso3: s.iso3,
    href: stateHref(s.iso3),
    name: s.name,
    region: s.region,
    status: s.status,
    instrument: s.record.instrument,
    signed: s.record.signed,
    deposited: s.record.deposited,
    entryIntoForce: s.entryIntoForce?.date ?? null,
    step: s.stage.current ? { title: s.stage.current.title, status: s.stage.current.status } : null,
    allStepsDone: s.stage.kind === "COMPLETE",
    lastActivity: s.lastActivity ? s.lastActivity.slice(0, 10) : null,
    stalled: s.stalled,
    contact:
      s.daysSinceContact === null || !s.lastContact
        ? null
        : {
            date: s.lastContact,
            days: s.daysSinceContact,
            daysText: s.daysSinceContact === 0 ? t("today") : t("days", { days: s.daysSinceContact }),
          },
  }));

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="text-sm text-slate-600">{t("shown", { count: rows.length })}</p>
      </div>
      <AsOfBanner asOf={asOf} todayHref="/states" />
      <StatesFilter
        values={{ q, region: region ?? "", status: status ?? "", asOf: asOf.isToday ? "" : asOf.date, stalled: stalledOnly, sort: sort ?? "" }}
        stalledAfterMonths={stalledAfterMonths}
        today={today}
      />
      <StatusCountsPanel counts={counts} />
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t.rich("noMatch", {
            link: (chunks) => (
              <Link href="/states" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ScrollRegion labelledBy="states-caption" className="rounded border border-slate-200 bg-white">
          <table className="data-table">
            <caption id="states-caption" className="sr-only">
              {t("caption")}
            </caption>
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
            <StatesTableBody
              rows={tableRows}
              asOf={asOf.date}
              text={{ allStepsDone: t("allStepsDone"), noneRecorded: t("noneRecorded"), stalled: t("stalled"), noContact: t("noContact") }}
            />
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
