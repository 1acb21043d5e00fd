"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { ActorOptions, type ActorChoice } from "@/components/forms/actor-options";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { importSessionSummaryAction } from "@/lib/actions/session-import";
import { PATH_TEMPLATES } from "@/lib/domain/domestic-path";
import { PLEDGE_KIND_LABEL, PLEDGE_KINDS, TREATY_ACTION_LABEL, TREATY_ACTIONS } from "@/lib/domain/pledges";
import {
  editableReview, hasAccepted, importPayload, SECTION_HINT_LABEL,
  type EditableStatement, type ImportReview, type ReviewContact, type ReviewPledge, type ReviewStep,
} from "@/lib/domain/session-import";
import { SUMMARY_MAX_BYTES } from "@/lib/domain/summary-input";

interface Props {
  meeting: { id: string; name: string; startDate: string; sessions: { id: string; title: string; chairs: number }[] };
  actors: ActorChoice[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const OUTCOME_LABEL = { POSITIVE: "Positive", NEUTRAL: "Neutral", NEGATIVE: "Negative" } as const;

/** The statement's text with the sentence a proposal came from marked. */
function InContext({ text, sentence }: { text: string; sentence: string }) {
  const at = text.indexOf(sentence);
  if (at < 0) return <mark className="bg-amber-100">{sentence}</mark>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="bg-amber-100 font-medium">{sentence}</mark>
      {text.slice(at + sentence.length)}
    </>
  );
}

function Source({ text, sentence }: { text: string; sentence: string }) {
  return (
    <details className="mt-1 text-xs text-slate-700">
      <summary className="cursor-pointer">
        From: <mark className="bg-amber-100">{sentence.length > 160 ? `${sentence.slice(0, 160)}…` : sentence}</mark>
      </summary>
      <p className="mt-1 rounded bg-slate-50 p-2"><InContext text={text} sentence={sentence} /></p>
    </details>
  );
}

function Existing({ record }: { record: { label: string; href: string } | null }) {
  if (!record) return null;
  return (
    <p className="text-xs text-slate-700">
      <Link href={record.href} className="underline">{record.label}</Link> — left unticked; tick it to save it anyway.
    </p>
  );
}

export function ImportWorkspace({ meeting, actors }: Props) {
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [review, setReview] = useState<ImportReview | null>(null);
  const [statements, setStatements] = useState<EditableStatement[]>([]);
  const [sessionId, setSessionId] = useState(meeting.sessions[0]?.id ?? "");
  const [sessionTitle, setSessionTitle] = useState(meeting.sessions.length === 0 ? "Universalization" : "");
  const [language, setLanguage] = useState("en");
  const [recordChairs, setRecordChairs] = useState(true);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const lastRead = useRef<FormData | null>(null);
  const { state, formAction, pending } = useFormAction(importSessionSummaryAction);

  async function read(form: FormData) {
    setProblem(null);
    setReading(true);
    try {
      const response = await fetch(`/meetings/${meeting.id}/import/preview`, { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { message?: string; review?: ImportReview } | null;
      if (!response.ok || !body?.review) {
        setProblem(body?.message ?? "The summary could not be read; nothing was saved. Try again.");
        return;
      }
      lastRead.current = form;
      setReview(body.review);
      setStatements(editableReview(body.review, meeting.startDate));
    } catch {
      setProblem("The server could not be reached; nothing was saved. Check your connection and try again.");
    } finally {
      setReading(false);
    }
  }

  function onRead(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const text = String(form.get("text") ?? "");
    if (!(file instanceof File && file.size > 0) && new Blob([text]).size > SUMMARY_MAX_BYTES) {
      setProblem(`This text is ${(new Blob([text]).size / 1_000_000).toFixed(1)} MB; a summary can be at most 1 MB. Import one session at a time.`);
      return;
    }
    if (!(file instanceof File && file.size > 0)) form.delete("file");
    void read(form);
  }

  // After a save, read the same text again: what was saved is no longer proposed.
  const saved = state.status === "done" && state.ok;
  useEffect(() => {
    if (saved && lastRead.current) void read(lastRead.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved, state]);

  const update = (index: number, change: (s: EditableStatement) => EditableStatement) =>
    setStatements((all) => all.map((s, i) => (i === index ? change(s) : s)));

  const accepted = statements.filter(hasAccepted);
  const chairIds = recordChairs ? (review?.chairs.flatMap((c) => (c.actorId ? [c.actorId] : [])) ?? []) : [];
  const payload = JSON.stringify(importPayload(statements, { sessionId: sessionId || null, sessionTitle, language, chairIds, meetingName: meeting.name }));

  function onSave(event: React.FormEvent<HTMLFormElement>) {
    const missing = accepted.find((s) => (s.accept || s.pledges.some((p) => p.accept) || s.contacts.some((p) => p.accept)) && s.speakers.some((sp) => !sp.actorId));
    if (missing) {
      event.preventDefault();
      const name = missing.speakers.find((sp) => !sp.actorId)?.text;
      setClientProblem(`Say who “${name}” is (choose from the list), or untick that statement and its proposals.`);
      return;
    }
    if (accepted.length === 0) {
      event.preventDefault();
      setClientProblem("Nothing is ticked: tick the proposals to save.");
      return;
    }
    setClientProblem(null);
  }

  const counts = {
    statements: statements.filter((s) => s.accept).length,
    pledges: statements.reduce((n, s) => n + s.pledges.filter((p) => p.accept).length, 0),
    steps: statements.reduce((n, s) => n + s.steps.filter((p) => p.accept).length, 0),
    contacts: statements.reduce((n, s) => n + s.contacts.filter((p) => p.accept).length, 0),
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onRead} className="no-print space-y-3 rounded border border-slate-200 bg-white p-5" aria-label="Summary to import">
        <Field id="import-text" label="Paste the session summary" hint="Speakers in bold (**Canada**) or at the start of a sentence; section headings such as “States Parties” on their own line.">
          {(p) => <textarea {...p} name="text" rows={10} className={`${inputClass} font-mono`} />}
        </Field>
        <Field id="import-file" label="…or upload it (.txt, .md or .docx)">
          {(p) => <input {...p} name="file" type="file" accept=".txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="mt-1 block text-sm" />}
        </Field>
        {problem ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{problem} Nothing was saved.</p> : null}
        <button type="submit" disabled={reading} className="rounded bg-sky-800 px-4 py-2 text-sm font-medium text-white hover:bg-sky-900 disabled:opacity-60">
          {reading ? "Reading…" : "Read the summary"}
        </button>
      </form>

      {review ? (
        <form action={formAction} onSubmit={onSave} aria-label="Review and save" className="space-y-5">
          <input type="hidden" name="meetingId" value={meeting.id} />
          <input type="hidden" name="payload" value={payload} />
          <section aria-labelledby="review-heading" className="rounded border border-slate-200 bg-white p-5">
            <h2 id="review-heading" className="text-lg font-semibold">Review</h2>
            <p className="text-sm text-slate-700" data-testid="review-summary">
              {statements.length === 0 ? "Nothing new to propose." : `${plural(statements.length, "statement")} read.`}{" "}
              {review.alreadySaved > 0 ? `${review.alreadySaved} proposals from this text are already saved and not proposed again.` : ""}
            </p>
            {review.unmatched.length > 0 ? (
              <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
                Not found in the database: {review.unmatched.map((n, i) => <span key={n}>{i > 0 ? ", " : ""}<strong>{n}</strong></span>)}. Choose who they are below, or leave their statements unticked.
              </p>
            ) : null}
            {statements.some((s) => s.accept) ? (
              <div className="mt-4 grid gap-3 sm:grid-cols-3">
                <Field id="import-session" label="Save statements in the session">
                  {(p) => (
                    <select {...p} value={sessionId} onChange={(e) => setSessionId(e.target.value)} className={inputClass}>
                      {meeting.sessions.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
                      <option value="">A new session…</option>
                    </select>
                  )}
                </Field>
                {sessionId === "" ? (
                  <Field id="import-session-title" label="New session's title" error={state.status === "done" && !state.ok ? state.fieldErrors?.sessionTitle : undefined}>
                    {(p) => <input {...p} value={sessionTitle} onChange={(e) => setSessionTitle(e.target.value)} className={inputClass} />}
                  </Field>
                ) : null}
                <Field id="import-language" label="Language of the summary">
                  {(p) => (
                    <select {...p} value={language} onChange={(e) => setLanguage(e.target.value)} className={inputClass}>
                      <option value="en">English</option>
                      <option value="fr">French</option>
                      <option value="es">Spanish</option>
                    </select>
                  )}
                </Field>
                {review.chairs.length > 0 ? (
                  <label className="flex items-center gap-2 text-sm sm:col-span-3">
                    <input type="checkbox" checked={recordChairs} onChange={(e) => setRecordChairs(e.target.checked)} />
                    Record {review.chairs.map((c) => c.name ?? c.text).join(" and ")} as the session&apos;s chairs (if it has none yet)
                  </label>
                ) : null}
              </div>
            ) : null}
          </section>

          {statements.map((s, index) => (
            <StatementReview key={s.key} statement={s} index={index} actors={actors} update={update} />
          ))}

          <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-slate-50/95 py-3">
            {clientProblem ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{clientProblem}</p> : null}
            <FormMessage state={state} />
            {saved ? <p className="text-sm"><Link href={`/meetings/${meeting.id}`} className="underline">Back to {meeting.name}</Link></p> : null}
            <SubmitButton pending={pending} pendingText="Saving…">
              {`Save ${plural(counts.statements, "statement")}, ${plural(counts.pledges, "pledge")}, ${plural(counts.steps, "step")} and ${plural(counts.contacts, "contact")}`}
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function StatementReview({ statement: s, index, actors, update }: {
  statement: EditableStatement;
  index: number;
  actors: ActorChoice[];
  update: (index: number, change: (s: EditableStatement) => EditableStatement) => void;
}) {
  const prefix = `import-${index}`;
  const names = s.speakers.map((sp) => sp.name ?? sp.text).join(" and ");
  const setChild = <K extends "pledges" | "steps" | "contacts">(kind: K, i: number, change: Partial<EditableStatement[K][number]>) =>
    update(index, (st) => ({ ...st, [kind]: (st[kind] as EditableStatement[K][number][]).map((item, j) => (j === i ? { ...item, ...change } : item)) }));

  return (
    <section aria-labelledby={`${prefix}-heading`} className="rounded border border-slate-200 bg-white p-5" data-proposal="statement">
      <h3 id={`${prefix}-heading`} className="text-base font-semibold">
        {names}
        {s.byChairs ? <span className="font-normal text-slate-600"> · as chairs</span> : null}
        {s.sectionHint ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700">{SECTION_HINT_LABEL[s.sectionHint]}</span> : null}
      </h3>
      {s.hintConflicts.map((c) => (
        <p key={c} className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm" data-flag="status">⚠ {c}</p>
      ))}
      {s.savedId ? <p className="text-xs text-slate-700">This statement is already saved; only its new proposals are shown.</p> : null}
      {!s.savedId ? (
        <div className="mt-2 space-y-2">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={s.accept} onChange={(e) => update(index, (st) => ({ ...st, accept: e.target.checked }))} />
            Save this statement
          </label>
          <Existing record={s.existing} />
          {s.speakers.map((sp, j) =>
            sp.name ? null : (
              <Field key={`${sp.text}-${j}`} id={`${prefix}-speaker-${j}`} label={`Who is “${sp.text}”?`} hint="Not found by name or alias.">
                {(p) => (
                  <select
                    {...p}
                    value={sp.actorId ?? ""}
                    onChange={(e) => update(index, (st) => ({ ...st, speakers: st.speakers.map((x, k) => (k === j ? { ...x, actorId: e.target.value || null } : x)) }))}
                    className={inputClass}
                  >
                    <option value="">Not chosen</option>
                    <ActorOptions actors={actors} />
                  </select>
                )}
              </Field>
            ),
          )}
          <Field id={`${prefix}-summary`} label="Summary">
            {(p) => <textarea {...p} rows={3} value={s.summary} onChange={(e) => update(index, (st) => ({ ...st, summary: e.target.value }))} className={inputClass} />}
          </Field>
          <Field id={`${prefix}-quotes`} label="Quotes, one per line, exactly as said">
            {(p) => <textarea {...p} rows={Math.max(1, s.quotes.length)} value={s.quotesText} onChange={(e) => update(index, (st) => ({ ...st, quotesText: e.target.value }))} className={inputClass} />}
          </Field>
          {s.concerns.length > 0 ? <p className="text-xs text-slate-700">Concerns: {s.concerns.map((c) => c.name).join(", ")}</p> : null}
        </div>
      ) : null}

      {s.pledges.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-sky-200 p-3" data-proposal="pledge">
          <legend className="px-1 text-sm font-medium">Proposed pledge</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("pledges", i, { accept: e.target.checked })} /> Save this pledge
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-4">
            <div className="sm:col-span-4">
              <Field id={`${prefix}-pledge-${i}-text`} label="What was promised">
                {(f) => <textarea {...f} rows={2} value={p.text} onChange={(e) => setChild("pledges", i, { text: e.target.value })} className={inputClass} />}
              </Field>
            </div>
            <Field id={`${prefix}-pledge-${i}-kind`} label="Kind">
              {(f) => (
                <select {...f} value={p.kind} onChange={(e) => setChild("pledges", i, { kind: e.target.value as ReviewPledge["kind"] })} className={inputClass}>
                  {PLEDGE_KINDS.map((k) => <option key={k} value={k}>{PLEDGE_KIND_LABEL[k]}</option>)}
                </select>
              )}
            </Field>
            {p.kind === "TREATY_ACTION" ? (
              <Field id={`${prefix}-pledge-${i}-action`} label="Treaty action">
                {(f) => (
                  <select {...f} value={p.treatyAction ?? ""} onChange={(e) => setChild("pledges", i, { treatyAction: (e.target.value || null) as ReviewPledge["treatyAction"] })} className={inputClass}>
                    <option value="">Choose…</option>
                    {TREATY_ACTIONS.map((a) => <option key={a} value={a}>{TREATY_ACTION_LABEL[a]}</option>)}
                  </select>
                )}
              </Field>
            ) : null}
            <Field id={`${prefix}-pledge-${i}-due`} label="Due, as said">
              {(f) => <input {...f} value={p.due} onChange={(e) => setChild("pledges", i, { due: e.target.value })} className={inputClass} />}
            </Field>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}

      {s.steps.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-emerald-200 p-3" data-proposal="step">
          <legend className="px-1 text-sm font-medium">Proposed domestic step for {p.stateName}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("steps", i, { accept: e.target.checked })} /> Save this step
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-3">
            <Field id={`${prefix}-step-${i}-title`} label={`Step (${p.path.toLowerCase()} path${p.step ? "" : ", started from its template"})`}>
              {(f) => (
                <select {...f} value={p.title} onChange={(e) => setChild("steps", i, { title: e.target.value, step: null })} className={inputClass}>
                  {PATH_TEMPLATES[p.path].map((t) => <option key={t} value={t}>{t}</option>)}
                </select>
              )}
            </Field>
            <Field id={`${prefix}-step-${i}-status`} label="Status">
              {(f) => (
                <select {...f} value={p.status} onChange={(e) => setChild("steps", i, { status: e.target.value as ReviewStep["status"] })} className={inputClass}>
                  <option value="IN_PROGRESS">In progress</option>
                  <option value="DONE">Done</option>
                </select>
              )}
            </Field>
            <Field id={`${prefix}-step-${i}-date`} label="Date, as said">
              {(f) => <input {...f} value={p.date} onChange={(e) => setChild("steps", i, { date: e.target.value })} className={inputClass} />}
            </Field>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}

      {s.contacts.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-violet-200 p-3" data-proposal="contact">
          <legend className="px-1 text-sm font-medium">Proposed contact: {names} → {p.targetName}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("contacts", i, { accept: e.target.checked })} /> Save this contact
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-3">
            <Field id={`${prefix}-contact-${i}-outcome`} label="Outcome">
              {(f) => (
                <select {...f} value={p.outcome} onChange={(e) => setChild("contacts", i, { outcome: e.target.value as ReviewContact["outcome"] })} className={inputClass}>
                  {(Object.keys(OUTCOME_LABEL) as ReviewContact["outcome"][]).map((o) => <option key={o} value={o}>{OUTCOME_LABEL[o]}</option>)}
                </select>
              )}
            </Field>
            <Field id={`${prefix}-contact-${i}-date`} label="Date (reported at the meeting)">
              {(f) => <input {...f} type="date" value={p.date} onChange={(e) => setChild("contacts", i, { date: e.target.value })} className={inputClass} />}
            </Field>
            <div className="sm:col-span-3">
              <Field id={`${prefix}-contact-${i}-summary`} label="What happened">
                {(f) => <textarea {...f} rows={2} value={p.summary} onChange={(e) => setChild("contacts", i, { summary: e.target.value })} className={inputClass} />}
              </Field>
            </div>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}
    </section>
  );
}
