import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/platform/ui/as-of-banner";
import { LongDate } from "@/platform/ui/long-date";
import { SourceNote } from "@/platform/ui/source-note";
import { StatusBadge } from "@/platform/ui/status-badge";
import { DomesticPathSection } from "@/features/domestic-steps/components/domestic-path-section";
import { HistoryTimeline } from "@/features/treaty-status/components/history-timeline";
import { StateTimeline } from "@/features/treaty-status/components/state-timeline";
import { NotesSection } from "@/features/treaty-status/components/notes-section";
import { Article7Section } from "@/features/treaty-status/components/article7-section";
import { TreatyRecordForm } from "@/features/treaty-status/components/treaty-record-form";
import { requireUser } from "@/platform/auth/session";
import { getState } from "@/features/treaty-status/queries/states";
import { HISTORY_MAX, stateActorId } from "@/features/treaty-status/queries/state-detail";
import { STATEMENTS_MAX } from "@/features/meetings/queries";
import { PLEDGES_CONCERNING_MAX } from "@/features/pledges/queries";
import { timelineTotal, TIMELINE_MAX, withTreatyEvents } from "@/features/treaty-status/queries/timeline";
import { cachedStateDetail, cachedStateHistoryCount, cachedStateLists } from "@/platform/cache/reads";
import { ListLength } from "@/platform/ui/list-length";
import { createContact } from "@/features/contacts/mutations";
import { PledgesSection, StatementsSection } from "@/features/meetings/components/statements-and-pledges";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { updateTreatyStatus } from "@/features/treaty-status/mutations";
import { parseAsOf } from "@/lib/domain/as-of";
import { mayWriteRegion } from "@/lib/domain/region-scope";
import { firstDayOfMonthAfter, formatLongDate, todayIso } from "@/lib/domain/dates";
import { CCM_RULE } from "@/lib/domain/entry-into-force";
import { LOCALE_TAG } from "@/lib/domain/locale";
import { localStateName } from "@/lib/domain/state-names";

// The long lists show their first few entries; `?timeline=all` (and so on) shows up to the list's maximum. The few
// are as many as keep a busy state's page near 150 kB, and the whole list of every state of the demo data (at most
// 11 timeline entries, 8 changes, 3 statements, 2 pledges).
const LISTS = ["timeline", "pledges", "statements", "history"] as const;
type List = (typeof LISTS)[number];
const FEW: Record<List, number> = { timeline: 15, pledges: 10, statements: 5, history: 10 };
const MOST: Record<List, number> = { timeline: TIMELINE_MAX, pledges: PLEDGES_CONCERNING_MAX, statements: STATEMENTS_MAX, history: HISTORY_MAX };

type Props = {
  params: Promise<{ iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  const [state, t, locale] = await Promise.all([getState(iso3, todayIso()), getTranslations("state"), getLocale()]);
  return { title: state ? localStateName(state.iso3, state.name, locale) : t("notFound") };
}

export default async function StatePage({ params, searchParams }: Props) {
  const { iso3 } = await params;
  const user = await requireUser(`/states/${encodeURIComponent(iso3)}`);
  const today = todayIso();
  const query = await searchParams;
  const asOf = parseAsOf(query.asOf, today);
  const expanded = Object.fromEntries(LISTS.map((list) => [list, query[list] === "all"])) as Record<List, boolean>;
  const limit = (list: List) => (expanded[list] ? MOST[list] : FEW[list]);
  const until = asOf.isToday ? undefined : asOf.date;
  // The lists need only the code and the state's actor: read them alongside the state rather than after it.
  const code = iso3.toUpperCase();
  const lists = stateActorId(code).then((actorId) =>
    Promise.all([
      cachedStateLists(
        { iso3: code, actorId, until, today, take: { timeline: limit("timeline"), pledges: limit("pledges"), statements: limit("statements") } },
        user,
      ),
      cachedStateHistoryCount(code, user),
    ]),
  );
  lists.catch(() => undefined); // awaited below unless the state does not exist
  const state = await cachedStateDetail(iso3, asOf.date, user, { history: limit("history") });
  if (!state) notFound();
  const { record, entryIntoForce } = state;
  const [t, labels, locale] = await Promise.all([getTranslations("state"), getTranslations("labels"), getLocale()]);
  const name = localStateName(state.iso3, state.name, locale);
  const date = (day: string) => formatLongDate(day, locale);
  const stated = entryIntoForce?.basis === "stated";
  const todayHref = `/states/${state.iso3}`;
  const byRule = record.deposited ? firstDayOfMonthAfter(record.deposited, CCM_RULE.monthsAfterDeposit) : null;
  const [{ statements, pledges, timeline: records, counts }, historyCount] = await lists;
  const timeline = withTreatyEvents(state, records, { until, limit: limit("timeline") });
  const totals: Record<List, number> = {
    timeline: timelineTotal(state, counts.timeline, until),
    pledges: counts.pledges,
    statements: counts.statements,
    history: historyCount,
  };
  // The same view with one more list shown in full, opened at that list.
  const moreHref = (list: List) => {
    const params = new URLSearchParams(asOf.isToday ? {} : { asOf: asOf.date });
    for (const l of LISTS) if (l === list || expanded[l]) params.set(l, "all");
    return `${todayHref}?${params}#${list}-heading`;
  };
  // Past the page's maximum, the lists that have a complete list elsewhere point to it.
  const elsewhere: Partial<Record<List, { href: string; label: string }>> = {
    pledges: { href: `/pledges?state=${state.iso3}`, label: t("more.allPledges", { total: totals.pledges }) },
    timeline: { href: `/contacts?target=${state.iso3}${until ? `&to=${until}` : ""}`, label: t("more.allContacts") },
  };
  const listLength = (list: List, shown: number) => (
    <ListLength
      shown={shown}
      total={totals[list]}
      href={expanded[list] ? undefined : moreHref(list)}
      more={t(`more.${list}`)}
      elsewhere={elsewhere[list]}
    />
  );
  // A writer limited to other regions reads this state but gets no edit controls (the mutations refuse anyway).
  const inScope = mayWriteRegion(user, state.region);
  const canLogContact = inScope && createContact.roles.includes(user.role);
  const canEditRecord = inScope && updateTreatyStatus.roles.includes(user.role);
  const canAddNote = inScope && addStateNote.roles.includes(user.role);

  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href={asOf.isToday ? "/states" : `/states?asOf=${asOf.date}`} className="underline underline-offset-2">
          {t("states")}
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{name}</span>
      </nav>
      <AsOfBanner asOf={asOf} todayHref={todayHref} />
      <header className="mb-6 flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>
        <StatusBadge status={state.status} instrument={record.instrument} />
        {state.stalled ? (
          <span className="rounded border border-[#d55e00] bg-[#fbece3] px-2 py-0.5 text-xs font-medium text-[#9c3f00]" data-testid="stalled">
            {t("stalled", { months: state.stalledAfterMonths })}
          </span>
        ) : null}
        {canLogContact ? (
          <Link
            href={`/contacts/new?target=${state.iso3}`}
            className="no-print ml-auto rounded bg-slate-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
          >
            {t("logContact", { name })}
          </Link>
        ) : null}
      </header>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">{t("isoCode")}</dt>
        <dd>{state.iso3}</dd>
        <dt className="font-medium text-slate-600">{t("region")}</dt>
        <dd>{labels(`region.${state.region}`)}</dd>
        {!inScope ? (
          <>
            <dt className="font-medium text-slate-600">{t("yourChanges")}</dt>
            <dd data-testid="out-of-scope">
              {t("outOfScope", {
                regions: new Intl.ListFormat(LOCALE_TAG[locale], { type: "conjunction" }).format(user.writeRegions.map((r) => labels(`region.${r}`))),
              })}
            </dd>
          </>
        ) : null}
        {state.aliases.length > 0 ? (
          <>
            <dt className="font-medium text-slate-600">{t("alsoKnownAs")}</dt>
            <dd>{state.aliases.join(", ")}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="treaty-heading" className="mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="treaty-heading" className="mb-3 text-lg font-semibold">
          {t("treatyHeading")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-slate-600">{t("signature")}</dt>
          <dd>
            <LongDate value={record.signed} asOf={asOf.date} empty={t("notSigned")} />
          </dd>
          <dt className="font-medium text-slate-600">{t("deposited")}</dt>
          <dd>
            <LongDate value={record.deposited} asOf={asOf.date} empty={t("none")} />
            {record.instrument ? <span className="text-slate-600"> · {labels(`instrument.${record.instrument}`)}</span> : null}
          </dd>
          <dt className="font-medium text-slate-600">{t("entryIntoForce")}</dt>
          <dd>
            <LongDate value={entryIntoForce?.date ?? null} asOf={asOf.date} empty={t("notApplicable")} />
            {entryIntoForce ? <span className="text-slate-600"> · {stated ? t("asStated") : t("derived")}</span> : null}
          </dd>
          {record.withdrawalEffective ? (
            <>
              <dt className="font-medium text-slate-600">{t("withdrawal")}</dt>
              <dd>
                <LongDate value={record.withdrawalEffective} asOf={asOf.date} />
              </dd>
            </>
          ) : null}
        </dl>
        {record.deposited ? (
          <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-700" data-testid="eif-explanation">
            {byRule && byRule <= CCM_RULE.entryIntoForce
              ? t("eifWithConvention", { date: date(CCM_RULE.entryIntoForce) })
              : t("eifRule", { deposited: date(record.deposited), inForce: date(byRule ?? record.deposited) })}
          </p>
        ) : null}
        {entryIntoForce?.disagreesWithRule ? (
          <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("eifDisagrees", { recorded: date(entryIntoForce.date), rule: date(entryIntoForce.disagreesWithRule) })}
          </p>
        ) : null}
        {record.withdrawalEffective ? (
          <p className="mt-3 text-sm text-slate-700">{t("withdrawalText", { date: date(record.withdrawalEffective) })}</p>
        ) : null}
      </section>

      <section aria-labelledby="source-heading" className="mb-6 max-w-3xl">
        <h2 id="source-heading" className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("sourceHeading")}
        </h2>
        <SourceNote text={state.sourceNote} />
        {state.treatyUpdatedBy && state.treatyUpdatedAt ? (
          <p className="mt-1 text-xs text-slate-600">
            {t.rich("lastChanged", { name: state.treatyUpdatedBy, date: () => <LongDate value={state.treatyUpdatedAt!.slice(0, 10)} /> })}
          </p>
        ) : null}
      </section>

      {canEditRecord ? (
        <details className="no-print mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
          <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">{t("editRecord")}</summary>
          <div className="mt-4">
            <TreatyRecordForm
              initial={{
                iso3: state.iso3,
                version: state.version,
                signed: record.signed ?? "",
                deposited: record.deposited ?? "",
                instrument: record.instrument ?? "",
                entryIntoForce: stated && entryIntoForce?.disagreesWithRule ? entryIntoForce.date : "",
                entryIntoForceNote: state.entryIntoForceNote,
                withdrawalEffective: record.withdrawalEffective ?? "",
              }}
            />
          </div>
        </details>
      ) : null}

      {state.article7.length > 0 ? (
        <Article7Section
          iso3={state.iso3}
          obligations={state.article7}
          completeFrom={state.article7CompleteFrom}
          canRecord={canEditRecord}
          today={today}
        />
      ) : null}
      <DomesticPathSection iso3={state.iso3} steps={state.steps} stage={state.stage} canEdit={canEditRecord} />
      <StateTimeline items={timeline} asOf={until} footer={listLength("timeline", timeline.length)} />
      <PledgesSection pledges={pledges} actorName={name} footer={listLength("pledges", pledges.length)} />
      <StatementsSection statements={statements} footer={listLength("statements", statements.length)} />
      <NotesSection iso3={state.iso3} notes={state.notes} canAdd={canAddNote} today={today} />
      <HistoryTimeline entries={state.history} footer={listLength("history", state.history.length)} />
    </article>
  );
}
