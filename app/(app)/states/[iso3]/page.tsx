import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfBanner } from "@/components/as-of-banner";
import { LongDate } from "@/components/long-date";
import { SourceNote } from "@/components/source-note";
import { StatusBadge } from "@/components/status-badge";
import { DomesticPathSection } from "@/components/state/domestic-path-section";
import { HistoryTimeline } from "@/components/state/history-timeline";
import { StateTimeline } from "@/components/state/state-timeline";
import { NotesSection } from "@/components/state/notes-section";
import { Article7Section } from "@/components/state/article7-section";
import { TreatyRecordForm } from "@/components/state/treaty-record-form";
import { requireUser } from "@/lib/auth/session";
import { getState } from "@/lib/data/states";
import { getStateDetail } from "@/lib/data/state-detail";
import { statementsConcerning } from "@/lib/data/meetings";
import { pledgesConcerning } from "@/lib/data/pledges";
import { stateTimeline } from "@/lib/data/timeline";
import { createContact } from "@/lib/mutations/contacts";
import { PledgesSection, StatementsSection } from "@/components/statements-and-pledges";
import { addStateNote } from "@/lib/mutations/state-notes";
import { updateTreatyStatus } from "@/lib/mutations/treaty-status";
import { parseAsOf } from "@/lib/domain/as-of";
import { listRegions, mayWriteRegion } from "@/lib/domain/region-scope";
import { formatLongDate, todayIso } from "@/lib/domain/dates";
import { explainEntryIntoForce } from "@/lib/domain/entry-into-force";
import { INSTRUMENT_LABEL } from "@/lib/domain/status";

type Props = {
  params: Promise<{ iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  const state = await getState(iso3, todayIso());
  return { title: state?.name ?? "State not found" };
}

export default async function StatePage({ params, searchParams }: Props) {
  const { iso3 } = await params;
  const user = await requireUser(`/states/${encodeURIComponent(iso3)}`);
  const today = todayIso();
  const asOf = parseAsOf((await searchParams).asOf, today);
  const state = await getStateDetail(iso3, asOf.date, user);
  if (!state) notFound();
  const { record, entryIntoForce } = state;
  const [statements, pledges, timeline] = await Promise.all([
    statementsConcerning({ actorId: state.actorId ?? undefined, iso3: state.iso3 }),
    pledgesConcerning({ actorId: state.actorId ?? undefined, iso3: state.iso3 }, today),
    stateTimeline(state, user, { today, until: asOf.isToday ? undefined : asOf.date, actorId: state.actorId }),
  ]);
  // A writer limited to other regions reads this state but gets no edit controls (the mutations refuse anyway).
  const inScope = mayWriteRegion(user, state.region);
  const canLogContact = inScope && createContact.roles.includes(user.role);
  const canEditRecord = inScope && updateTreatyStatus.roles.includes(user.role);
  const canAddNote = inScope && addStateNote.roles.includes(user.role);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href={asOf.isToday ? "/states" : `/states?asOf=${asOf.date}`} className="underline underline-offset-2">
          States
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{state.name}</span>
      </nav>
      <AsOfBanner asOf={asOf} todayHref={`/states/${state.iso3}`} />
      <header className="mb-6 flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{state.name}</h1>
        <StatusBadge status={state.status} instrument={record.instrument} />
        {state.stalled ? (
          <span className="rounded border border-[#d55e00] bg-[#fbece3] px-2 py-0.5 text-xs font-medium text-[#9c3f00]" data-testid="stalled">
            Stalled: no recorded activity for {state.stalledAfterMonths} months
          </span>
        ) : null}
        {canLogContact ? (
          <Link href={`/contacts/new?target=${state.iso3}`} className="no-print ml-auto rounded bg-slate-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            Log contact with {state.name}
          </Link>
        ) : null}
      </header>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">ISO code</dt>
        <dd>{state.iso3}</dd>
        <dt className="font-medium text-slate-600">Region</dt>
        <dd>{state.region}</dd>
        {!inScope ? (
          <>
            <dt className="font-medium text-slate-600">Your changes</dt>
            <dd data-testid="out-of-scope">You may change data of states in {listRegions(user.writeRegions)} only; this state is read-only for you.</dd>
          </>
        ) : null}
        {state.aliases.length > 0 ? (
          <>
            <dt className="font-medium text-slate-600">Also known as</dt>
            <dd>{state.aliases.join(", ")}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="treaty-heading" className="mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="treaty-heading" className="mb-3 text-lg font-semibold">Convention on Cluster Munitions</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-slate-600">Signature</dt>
          <dd><LongDate value={record.signed} asOf={asOf.date} empty="Not signed" /></dd>
          <dt className="font-medium text-slate-600">Instrument deposited</dt>
          <dd>
            <LongDate value={record.deposited} asOf={asOf.date} empty="None" />
            {record.instrument ? <span className="text-slate-600"> · {INSTRUMENT_LABEL[record.instrument]}</span> : null}
          </dd>
          <dt className="font-medium text-slate-600">Entry into force</dt>
          <dd>
            <LongDate value={entryIntoForce?.date ?? null} asOf={asOf.date} empty="Not applicable" />
            {entryIntoForce ? (
              <span className="text-slate-600"> · {entryIntoForce.basis === "stated" ? "as stated by the source" : "derived from Article 17"}</span>
            ) : null}
          </dd>
          {record.withdrawalEffective ? (
            <>
              <dt className="font-medium text-slate-600">Withdrawal effective</dt>
              <dd><LongDate value={record.withdrawalEffective} asOf={asOf.date} /></dd>
            </>
          ) : null}
        </dl>
        {record.deposited ? (
          <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-700" data-testid="eif-explanation">
            {explainEntryIntoForce(record.deposited)}
          </p>
        ) : null}
        {entryIntoForce?.disagreesWithRule ? (
          <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            The recorded entry into force ({formatLongDate(entryIntoForce.date)}) differs from the date Article 17 gives (
            {formatLongDate(entryIntoForce.disagreesWithRule)}). Check the source.
          </p>
        ) : null}
        {record.withdrawalEffective ? (
          <p className="mt-3 text-sm text-slate-700">
            The withdrawal took effect on {formatLongDate(record.withdrawalEffective)}; from that day the state is no longer a State Party.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="source-heading" className="mb-6 max-w-3xl">
        <h2 id="source-heading" className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">Source of the treaty record</h2>
        <SourceNote text={state.sourceNote} />
        {state.treatyUpdatedBy && state.treatyUpdatedAt ? (
          <p className="mt-1 text-xs text-slate-600">
            Last changed by {state.treatyUpdatedBy} on <LongDate value={state.treatyUpdatedAt.slice(0, 10)} />.
          </p>
        ) : null}
      </section>

      {canEditRecord ? (
        <details className="no-print mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
          <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">Edit treaty record</summary>
          <div className="mt-4">
            <TreatyRecordForm
              initial={{
                iso3: state.iso3,
                version: state.version,
                signed: record.signed ?? "",
                deposited: record.deposited ?? "",
                instrument: record.instrument ?? "",
                entryIntoForce: entryIntoForce?.basis === "stated" && entryIntoForce.disagreesWithRule ? entryIntoForce.date : "",
                entryIntoForceNote: state.entryIntoForceNote,
                withdrawalEffective: record.withdrawalEffective ?? "",
              }}
            />
          </div>
        </details>
      ) : null}

      {state.article7.length > 0 ? <Article7Section iso3={state.iso3} obligations={state.article7} canRecord={canEditRecord} today={today} /> : null}
      <DomesticPathSection iso3={state.iso3} steps={state.steps} stage={state.stage} canEdit={canEditRecord} />
      <StateTimeline items={timeline} asOf={asOf.isToday ? undefined : asOf.date} />
      <PledgesSection pledges={pledges} actorName={state.name} />
      <StatementsSection statements={statements} />
      <NotesSection iso3={state.iso3} notes={state.notes} canAdd={canAddNote} today={today} />
      <HistoryTimeline entries={state.history} />
    </article>
  );
}
