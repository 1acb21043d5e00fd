import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PledgeBoard } from "@/features/pledges/components/pledge-board";
import { PledgeFilters } from "@/features/pledges/components/pledge-filters";
import { requireUser } from "@/platform/auth/session";
import { cachedActors, cachedMeetingOptions, cachedPledgeList, cachedStateOptions } from "@/platform/cache/reads";
import { todayIso } from "@/lib/domain/dates";
import { parsePledgeFilter } from "@/lib/domain/list-filters";
import { PLEDGE_STATUSES } from "@/lib/domain/pledges";
import { localActors, localPledgeNames } from "@/lib/domain/pledge-names";
import { localStates } from "@/lib/domain/contact-names";
import { createPledge } from "@/features/pledges/mutations";

export async function generateMetadata() {
  const t = await getTranslations("pledges");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function PledgesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/pledges");
  const params = await searchParams;
  const today = todayIso();
  const { filter } = parsePledgeFilter(params);
  const { status, kind, region } = filter;
  const due = filter.due ?? "";
  const page = Number.parseInt(first(params.page), 10) || 1;
  const [list, actors, meetings, allStates] = await Promise.all([
    cachedPledgeList({ today, ...filter, page }),
    cachedActors(),
    cachedMeetingOptions(),
    filter.stateIso3 ? cachedStateOptions() : Promise.resolve([]),
  ]);
  const canEdit = createPledge.roles.includes(user.role);
  const [t, labels, locale] = await Promise.all([getTranslations("pledges"), getTranslations("labels"), getLocale()]);
  const states = localStates(allStates, locale);
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "page" ? [[k, v]] : [])));
  const pageHref = (n: number) => `/pledges?${new URLSearchParams([...query, ["page", String(n)]])}`;
  const concerning = filter.stateIso3 ? (states.find((s) => s.iso3 === filter.stateIso3)?.name ?? filter.stateIso3) : null;
  const withoutState = `/pledges?${new URLSearchParams([...query].filter(([k]) => k !== "state"))}`;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        {canEdit ? (
          <Link href="/pledges/new" className="rounded bg-slate-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            {t("record")}
          </Link>
        ) : null}
      </div>
      <PledgeFilters
        values={{
          status: status ?? "",
          kind: kind ?? "",
          region: region ?? "",
          meeting: first(params.meeting),
          actor: first(params.actor),
          state: filter.stateIso3 ?? "",
          due,
        }}
        actors={localActors(actors, locale)}
        meetings={meetings}
      />
      {concerning ? (
        <p className="mb-4 text-sm" data-testid="pledges-concerning">
          {t("concerning", { state: concerning })}{" "}
          <Link href={withoutState} className="underline underline-offset-2">
            {t("everyState")}
          </Link>
        </p>
      ) : null}
      <ul className="mb-6 flex flex-wrap gap-2 text-sm" aria-label={t("byStatus")}>
        {PLEDGE_STATUSES.map((s) => (
          <li key={s} className="rounded border border-slate-200 bg-white px-3 py-1.5" data-pledge-count={s}>
            {t("statusCount", { status: labels(`pledgeStatus.${s}`) })} <strong className="tabular-nums">{list.countsByStatus[s]}</strong>
          </li>
        ))}
      </ul>
      {list.pledges.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("noMatch")}{" "}
          <Link href="/pledges" className="underline">
            {t("clearTheFilters")}
          </Link>
          {canEdit ? (
            <>
              {" "}
              {t("or")}{" "}
              <Link href="/pledges/new" className="underline">
                {t("recordLower")}
              </Link>
            </>
          ) : null}
          .
        </p>
      ) : (
        <PledgeBoard pledges={list.pledges.map((p) => localPledgeNames(p, locale))} canEdit={canEdit} today={today} />
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={pageHref(list.page - 1)} className="underline">
              {t("previousPage")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={pageHref(list.page + 1)} className="underline">
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
