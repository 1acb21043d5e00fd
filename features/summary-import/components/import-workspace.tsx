"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ActorOptions, type ActorChoice } from "@/platform/forms/actor-options";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { PATH_TEMPLATES } from "@/lib/domain/domestic-path";
import { PLEDGE_KINDS, TREATY_ACTIONS } from "@/lib/domain/pledges";
import {
  editableReview,
  hasAccepted,
  importPayload,
  type EditableStatement,
  type ExistingRecord,
  type HintConflictFacts,
  type ImportReview,
  type ReviewContact,
  type ReviewPledge,
  type ReviewStep,
} from "@/lib/domain/summary-import";
import { formatLongDate } from "@/lib/domain/dates";
import { SUMMARY_MAX_BYTES } from "@/lib/domain/summary-input";

interface Props {
  meeting: { id: string; name: string; startDate: string; sessions: { id: string; title: string; chairs: number }[] };
  actors: ActorChoice[];
}

const OUTCOMES = ["POSITIVE", "NEUTRAL", "NEGATIVE"] as const satisfies readonly ReviewContact["outcome"][];
const LANGUAGES = ["en", "fr", "es"] as const;
const asksTreatyAction = (kind: ReviewPledge["kind"]) => kind === "TREATY_ACTION";

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
  const t = useTranslations("sessionImport");
  return (
    <details className="mt-1 text-xs text-slate-700">
      <summary className="cursor-pointer">
        {t("from")} <mark className="bg-amber-100">{sentence.length > 160 ? `${sentence.slice(0, 160)}…` : sentence}</mark>
      </summary>
      <p className="mt-1 rounded bg-slate-50 p-2">
        <InContext text={text} sentence={sentence} />
      </p>
    </details>
  );
}

/** In English the status reads inside the sentence ("… is in progress"); other languages keep the label as it is. */
const inSentence = (label: string, locale: string) => (locale === "en" ? label.toLowerCase() : label);

function Existing({ record }: { record: ExistingRecord | null }) {
  const t = useTranslations("sessionImport");
  const labels = useTranslations("labels");
  const locale = useLocale();
  if (!record) return null;
  const { facts } = record;
  const label =
    facts.kind === "pledge"
      ? t("existing.pledge", { text: facts.text })
      : facts.kind === "step"
        ? t("existing.step", { title: facts.title, status: inSentence(labels(`stepStatus.${facts.status}`), locale) })
        : facts.kind === "contact"
          ? t("existing.contact", { date: formatLongDate(facts.date, locale) })
          : t("existing.statement", { session: facts.session });
  return (
    <p className="text-xs text-slate-700">
      <Link href={record.href} className="underline">
        {label}
      </Link>{" "}
      — {t("leftUnticked")}
    </p>
  );
}

export function ImportWorkspace({ meeting, actors }: Props) {
  const t = useTranslations("sessionImport");
  const labels = useTranslations("labels");
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [review, setReview] = useState<ImportReview | null>(null);
  const [statements, setStatements] = useState<EditableStatement[]>([]);
  const [meetingSessionId, setMeetingSessionId] = useState(meeting.sessions[0]?.id ?? "");
  const [meetingSessionTitle, setMeetingSessionTitle] = useState(meeting.sessions.length === 0 ? t("defaultSessionTitle") : "");
  const [language, setLanguage] = useState("en");
  const [recordChairs, setRecordChairs] = useState(true);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const lastRead = useRef<FormData | null>(null);
  const { state, formAction, pending } = useFormAction("importSummary");

  async function read(form: FormData) {
    setProblem(null);
    setReading(true);
    try {
      const response = await fetch(`/meetings/${meeting.id}/import/preview`, { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { message?: string; review?: ImportReview } | null;
      if (!response.ok || !body?.review) {
        setProblem(body?.message ?? t("couldNotRead"));
        return;
      }
      lastRead.current = form;
      setReview(body.review);
      setStatements(editableReview(body.review, meeting.startDate));
    } catch {
      setProblem(t("unreachable"));
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
      setProblem(t("tooLong", { size: (new Blob([text]).size / 1_000_000).toFixed(1) }));
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
  const meetingSessionTitleError = state.status === "done" && !state.ok ? state.fieldErrors?.sessionTitle : undefined;
  const chairIds = recordChairs ? (review?.chairs.flatMap((c) => (c.actorId ? [c.actorId] : [])) ?? []) : [];
  const payload = JSON.stringify(
    importPayload(statements, {
      sessionId: meetingSessionId || null,
      sessionTitle: meetingSessionTitle,
      language,
      chairIds,
      meetingName: meeting.name,
    }),
  );

  function onSave(event: React.FormEvent<HTMLFormElement>) {
    const missing = accepted.find(
      (s) => (s.accept || s.pledges.some((p) => p.accept) || s.contacts.some((p) => p.accept)) && s.speakers.some((sp) => !sp.actorId),
    );
    if (missing) {
      event.preventDefault();
      const name = missing.speakers.find((sp) => !sp.actorId)?.text;
      setClientProblem(t("sayWho", { name: name ?? "" }));
      return;
    }
    if (accepted.length === 0) {
      event.preventDefault();
      setClientProblem(t("nothingTicked"));
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
      <form onSubmit={onRead} className="no-print space-y-3 rounded border border-slate-200 bg-white p-5" aria-label={t("formLabel")}>
        <Field id="import-text" label={t("pasteLabel")} hint={t("pasteHint")}>
          {(p) => <textarea {...p} name="text" rows={10} className={`${inputClass} font-mono`} />}
        </Field>
        <Field id="import-file" label={t("uploadLabel")}>
          {(p) => (
            <input
              {...p}
              name="file"
              type="file"
              accept=".txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className="mt-1 block text-sm"
            />
          )}
        </Field>
        {problem ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {problem} {t("nothingSaved")}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={reading}
          className="rounded bg-sky-800 px-4 py-2 text-sm font-medium text-white hover:bg-sky-900 disabled:opacity-60"
        >
          {reading ? t("reading") : t("read")}
        </button>
      </form>

      {review ? (
        <form action={formAction} onSubmit={onSave} aria-label={t("reviewLabel")} className="space-y-5">
          <input type="hidden" name="meetingId" value={meeting.id} />
          <input type="hidden" name="payload" value={payload} />
          <section aria-labelledby="review-heading" className="rounded border border-slate-200 bg-white p-5">
            <h2 id="review-heading" className="text-lg font-semibold">
              {t("review")}
            </h2>
            <p className="text-sm text-slate-700" data-testid="review-summary">
              {statements.length === 0 ? t("nothingNew") : t("statementsRead", { count: statements.length })}{" "}
              {review.alreadySaved > 0 ? t("alreadySaved", { count: review.alreadySaved }) : ""}
            </p>
            {review.unmatched.length > 0 ? (
              <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
                {t("unmatched")}{" "}
                {review.unmatched.map((n, i) => (
                  <span key={n}>
                    {i > 0 ? ", " : ""}
                    <strong>{n}</strong>
                  </span>
                ))}
                . {t("unmatchedHelp")}
              </p>
            ) : null}
            {statements.some((s) => s.accept) ? (
              <div className="mt-4 grid gap-3 sm:grid-cols-3">
                <Field id="import-session" label={t("sessionLabel")}>
                  {(p) => (
                    <select {...p} value={meetingSessionId} onChange={(e) => setMeetingSessionId(e.target.value)} className={inputClass}>
                      {meeting.sessions.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.title}
                        </option>
                      ))}
                      <option value="">{t("newSession")}</option>
                    </select>
                  )}
                </Field>
                {meetingSessionId === "" ? (
                  <Field id="import-session-title" label={t("newSessionTitle")} error={meetingSessionTitleError}>
                    {(p) => (
                      <input {...p} value={meetingSessionTitle} onChange={(e) => setMeetingSessionTitle(e.target.value)} className={inputClass} />
                    )}
                  </Field>
                ) : null}
                <Field id="import-language" label={t("languageLabel")}>
                  {(p) => (
                    <select {...p} value={language} onChange={(e) => setLanguage(e.target.value)} className={inputClass}>
                      {LANGUAGES.map((l) => (
                        <option key={l} value={l}>
                          {labels(`language.${l}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {review.chairs.length > 0 ? (
                  <label className="flex items-center gap-2 text-sm sm:col-span-3">
                    <input type="checkbox" checked={recordChairs} onChange={(e) => setRecordChairs(e.target.checked)} />
                    {t("recordChairs", { names: review.chairs.map((c) => c.name ?? c.text).join(` ${t("and")} `) })}
                  </label>
                ) : null}
              </div>
            ) : null}
          </section>

          {statements.map((s, index) => (
            <StatementReview key={s.key} statement={s} index={index} actors={actors} update={update} />
          ))}

          <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-slate-50/95 py-3">
            {clientProblem ? (
              <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
                {clientProblem}
              </p>
            ) : null}
            <FormMessage state={state} />
            {saved ? (
              <p className="text-sm">
                <Link href={`/meetings/${meeting.id}`} className="underline">
                  {t("backTo", { meeting: meeting.name })}
                </Link>
              </p>
            ) : null}
            <SubmitButton pending={pending} pendingText={t("saving")}>
              {t("save", {
                statements: t("statements", { count: counts.statements }),
                pledges: t("pledges", { count: counts.pledges }),
                steps: t("steps", { count: counts.steps }),
                contacts: t("contacts", { count: counts.contacts }),
              })}
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function StatementReview({
  statement: s,
  index,
  actors,
  update,
}: {
  statement: EditableStatement;
  index: number;
  actors: ActorChoice[];
  update: (index: number, change: (s: EditableStatement) => EditableStatement) => void;
}) {
  const t = useTranslations("sessionImport");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const conflictText = (c: HintConflictFacts) =>
    t("hintConflict", {
      name: c.name,
      section: labels(`sectionHint.${c.hint}`),
      date: formatLongDate(c.on, locale),
      status: inSentence(labels(`status.${c.status}`), locale),
    });
  const prefix = `import-${index}`;
  const headingId = `${prefix}-heading`;
  const names = s.speakers.map((sp) => sp.name ?? sp.text).join(` ${t("and")} `);
  const setChild = <K extends "pledges" | "steps" | "contacts">(kind: K, i: number, change: Partial<EditableStatement[K][number]>) =>
    update(index, (st) => ({
      ...st,
      [kind]: (st[kind] as EditableStatement[K][number][]).map((item, j) => (j === i ? { ...item, ...change } : item)),
    }));

  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-5" data-proposal="statement">
      <h3 id={headingId} className="text-base font-semibold">
        {names}
        {s.byChairs ? <span className="font-normal text-slate-600"> · {t("asChairs")}</span> : null}
        {s.sectionHint ? (
          <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700">{labels(`sectionHint.${s.sectionHint}`)}</span>
        ) : null}
      </h3>
      {s.hintConflictFacts.map((c) => (
        <p key={c.name} className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm" data-flag="status">
          ⚠ {conflictText(c)}
        </p>
      ))}
      {s.savedId ? <p className="text-xs text-slate-700">{t("alreadySavedStatement")}</p> : null}
      {!s.savedId ? (
        <div className="mt-2 space-y-2">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={s.accept} onChange={(e) => update(index, (st) => ({ ...st, accept: e.target.checked }))} />
            {t("saveStatement")}
          </label>
          <Existing record={s.existing} />
          {s.speakers.map((sp, j) =>
            sp.name ? null : (
              <Field key={`${sp.text}-${j}`} id={`${prefix}-speaker-${j}`} label={t("whoIs", { name: sp.text })} hint={t("notFoundByName")}>
                {(p) => (
                  <select
                    {...p}
                    value={sp.actorId ?? ""}
                    onChange={(e) =>
                      update(index, (st) => ({
                        ...st,
                        speakers: st.speakers.map((x, k) => (k === j ? { ...x, actorId: e.target.value || null } : x)),
                      }))
                    }
                    className={inputClass}
                  >
                    <option value="">{t("notChosen")}</option>
                    <ActorOptions actors={actors} />
                  </select>
                )}
              </Field>
            ),
          )}
          <Field id={`${prefix}-summary`} label={t("summary")}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={s.summary}
                onChange={(e) => update(index, (st) => ({ ...st, summary: e.target.value }))}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={`${prefix}-quotes`} label={t("quotes")}>
            {(p) => (
              <textarea
                {...p}
                rows={Math.max(1, s.quotes.length)}
                value={s.quotesText}
                onChange={(e) => update(index, (st) => ({ ...st, quotesText: e.target.value }))}
                className={inputClass}
              />
            )}
          </Field>
          {s.concerns.length > 0 ? (
            <p className="text-xs text-slate-700">{t("concerns", { names: s.concerns.map((c) => c.name).join(", ") })}</p>
          ) : null}
        </div>
      ) : null}

      {s.pledges.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-sky-200 p-3" data-proposal="pledge">
          <legend className="px-1 text-sm font-medium">{t("proposedPledge")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("pledges", i, { accept: e.target.checked })} /> {t("savePledge")}
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-4">
            <div className="sm:col-span-4">
              <Field id={`${prefix}-pledge-${i}-text`} label={t("whatPromised")}>
                {(f) => (
                  <textarea
                    {...f}
                    rows={2}
                    value={p.text}
                    onChange={(e) => setChild("pledges", i, { text: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
            <Field id={`${prefix}-pledge-${i}-kind`} label={t("kind")}>
              {(f) => (
                <select
                  {...f}
                  value={p.kind}
                  onChange={(e) => setChild("pledges", i, { kind: e.target.value as ReviewPledge["kind"] })}
                  className={inputClass}
                >
                  {PLEDGE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {labels(`pledgeKind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {asksTreatyAction(p.kind) ? (
              <Field id={`${prefix}-pledge-${i}-action`} label={t("treatyAction")}>
                {(f) => (
                  <select
                    {...f}
                    value={p.treatyAction ?? ""}
                    onChange={(e) => setChild("pledges", i, { treatyAction: (e.target.value || null) as ReviewPledge["treatyAction"] })}
                    className={inputClass}
                  >
                    <option value="">{t("choose")}</option>
                    {TREATY_ACTIONS.map((a) => (
                      <option key={a} value={a}>
                        {labels(`treatyAction.${a}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field id={`${prefix}-pledge-${i}-due`} label={t("dueAsSaid")}>
              {(f) => <input {...f} value={p.due} onChange={(e) => setChild("pledges", i, { due: e.target.value })} className={inputClass} />}
            </Field>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}

      {s.steps.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-emerald-200 p-3" data-proposal="step">
          <legend className="px-1 text-sm font-medium">{t("proposedStep", { state: p.stateName })}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("steps", i, { accept: e.target.checked })} /> {t("saveStep")}
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-3">
            <Field
              id={`${prefix}-step-${i}-title`}
              label={t(p.step ? "stepLabel" : "stepLabelTemplate", { path: labels(`path.${p.path}`).toLowerCase() })}
            >
              {(f) => (
                <select {...f} value={p.title} onChange={(e) => setChild("steps", i, { title: e.target.value, step: null })} className={inputClass}>
                  {PATH_TEMPLATES[p.path].map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${prefix}-step-${i}-status`} label={t("status")}>
              {(f) => (
                <select
                  {...f}
                  value={p.status}
                  onChange={(e) => setChild("steps", i, { status: e.target.value as ReviewStep["status"] })}
                  className={inputClass}
                >
                  <option value="IN_PROGRESS">{labels("stepStatus.IN_PROGRESS")}</option>
                  <option value="DONE">{labels("stepStatus.DONE")}</option>
                </select>
              )}
            </Field>
            <Field id={`${prefix}-step-${i}-date`} label={t("dateAsSaid")}>
              {(f) => <input {...f} value={p.date} onChange={(e) => setChild("steps", i, { date: e.target.value })} className={inputClass} />}
            </Field>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}

      {s.contacts.map((p, i) => (
        <fieldset key={p.key} className="mt-3 rounded border border-violet-200 p-3" data-proposal="contact">
          <legend className="px-1 text-sm font-medium">{t("proposedContact", { names, target: p.targetName })}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={p.accept} onChange={(e) => setChild("contacts", i, { accept: e.target.checked })} /> {t("saveContact")}
          </label>
          <Existing record={p.existing} />
          <div className="mt-2 grid gap-3 sm:grid-cols-3">
            <Field id={`${prefix}-contact-${i}-outcome`} label={t("outcome")}>
              {(f) => (
                <select
                  {...f}
                  value={p.outcome}
                  onChange={(e) => setChild("contacts", i, { outcome: e.target.value as ReviewContact["outcome"] })}
                  className={inputClass}
                >
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {labels(`outcome.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${prefix}-contact-${i}-date`} label={t("dateReported")}>
              {(f) => (
                <input {...f} type="date" value={p.date} onChange={(e) => setChild("contacts", i, { date: e.target.value })} className={inputClass} />
              )}
            </Field>
            <div className="sm:col-span-3">
              <Field id={`${prefix}-contact-${i}-summary`} label={t("whatHappened")}>
                {(f) => (
                  <textarea
                    {...f}
                    rows={2}
                    value={p.summary}
                    onChange={(e) => setChild("contacts", i, { summary: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
          </div>
          <Source text={s.summary} sentence={p.sentence} />
        </fieldset>
      ))}
    </section>
  );
}
