"use client";

import { useTranslations } from "next-intl";
import { MEETING_KINDS } from "@/lib/domain/pledges";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { ActorOptions, type ActorChoice } from "@/platform/forms/actor-options";

export interface MeetingValues {
  id: string;
  version: number;
  name: string;
  kind: string;
  place: string;
  startDate: string;
  endDate: string;
}

/** A new meeting, or the meeting given in `initial`. */
export function MeetingForm({ initial }: { initial?: MeetingValues }) {
  const { state, formAction, pending, formKey, valueOf: typed, errorOf, versionOf } = useFormAction(initial ? "updateMeeting" : "createMeeting");
  const valueOf = (name: keyof MeetingValues, fallback: string) => typed(name, initial ? String(initial[name]) : fallback);
  const t = useTranslations("meetings.form");
  const labels = useTranslations("labels");
  return (
    <form
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={initial ? t("editMeeting") : t("newMeeting")}
      noValidate
    >
      {initial ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version)} />
        </>
      ) : null}
      <div className="lg:col-span-2">
        <Field id="m-name" label={t("name")} error={errorOf("name")}>
          {(p) => <input {...p} name="name" defaultValue={valueOf("name", "")} className={inputClass} placeholder={t("namePlaceholder")} />}
        </Field>
      </div>
      <Field id="m-kind" label={t("kind")} error={errorOf("kind")}>
        {(p) => (
          <select {...p} name="kind" defaultValue={valueOf("kind", "")} className={inputClass}>
            <option value="">{t("choose")}</option>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels(`meetingKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="m-start" label={t("firstDay")} error={errorOf("startDate")}>
        {(p) => <input {...p} name="startDate" type="date" defaultValue={valueOf("startDate", "")} className={inputClass} />}
      </Field>
      <Field id="m-end" label={t("lastDay")} error={errorOf("endDate")}>
        {(p) => <input {...p} name="endDate" type="date" defaultValue={valueOf("endDate", "")} className={inputClass} />}
      </Field>
      <div className="lg:col-span-2">
        <Field id="m-place" label={t("place")} error={errorOf("place")}>
          {(p) => <input {...p} name="place" defaultValue={valueOf("place", "")} className={inputClass} placeholder={t("placePlaceholder")} />}
        </Field>
      </div>
      <div className="flex items-end">
        <SubmitButton pending={pending} pendingText={t("saving")}>
          {initial ? t("saveMeeting") : t("createMeeting")}
        </SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function MeetingSessionForm({ meetingId, actors }: { meetingId: string; actors: ActorChoice[] }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("addMeetingSession");
  const t = useTranslations("meetings.form");
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-3" aria-label={t("addSession")} noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field id="s-title" label={t("session")} error={errorOf("title")}>
        {(p) => <input {...p} name="title" defaultValue={valueOf("title", "")} className={inputClass} placeholder={t("sessionPlaceholder")} />}
      </Field>
      <Field id="s-chairs" label={t("chairs")} error={errorOf("chairs")} hint={t("chairsHint")}>
        {(p) => (
          <select {...p} name="chairs" multiple size={4} defaultValue={valueOf("chairs", "").split("\n").filter(Boolean)} className={inputClass}>
            <ActorOptions actors={actors} />
          </select>
        )}
      </Field>
      <div className="flex items-end">
        <SubmitButton pending={pending} pendingText={t("adding")}>
          {t("addSessionButton")}
        </SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export interface StatementValues {
  id: string;
  version: number;
  speakerId: string;
  coSpeakerIds: string;
  summary: string;
  quotes: string;
  concerns: string;
  language: string;
}

/** A new statement in `meetingSessionId`, or the statement given in `initial`. */
export function StatementForm({ meetingSessionId, actors, initial }: { meetingSessionId: string; actors: ActorChoice[]; initial?: StatementValues }) {
  const { state, formAction, pending, formKey, valueOf: typed, errorOf, versionOf } = useFormAction(initial ? "updateStatement" : "addStatement");
  const valueOf = (name: keyof StatementValues, fallback: string) => typed(name, initial ? String(initial[name]) : fallback);
  const prefix = initial ? `st-edit-${initial.id}` : `st-${meetingSessionId}`;
  const t = useTranslations("meetings.form");
  const labels = useTranslations("labels");
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={initial ? t("editStatement") : t("addStatement")} noValidate>
      {initial ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version)} />
        </>
      ) : (
        <input type="hidden" name="sessionId" value={meetingSessionId} />
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${prefix}-speaker`} label={t("speaker")} error={errorOf("speakerId")}>
          {(p) => (
            <select {...p} name="speakerId" defaultValue={valueOf("speakerId", "")} className={inputClass}>
              <option value="">{t("choose")}</option>
              <ActorOptions actors={actors} />
            </select>
          )}
        </Field>
        <Field id={`${prefix}-together`} label={t("together")} error={errorOf("coSpeakerIds")} hint={t("togetherHint")}>
          {(p) => (
            <select
              {...p}
              name="coSpeakerIds"
              multiple
              size={3}
              defaultValue={valueOf("coSpeakerIds", "").split(",").filter(Boolean)}
              className={inputClass}
            >
              <ActorOptions actors={actors} />
            </select>
          )}
        </Field>
        <Field id={`${prefix}-concerns`} label={t("concerns")} error={errorOf("concerns")} hint={t("concernsHint")}>
          {(p) => <input {...p} name="concerns" defaultValue={valueOf("concerns", "")} className={inputClass} />}
        </Field>
        <Field id={`${prefix}-language`} label={t("language")} error={errorOf("language")}>
          {(p) => (
            <select {...p} name="language" defaultValue={valueOf("language", "en")} className={inputClass}>
              {(["en", "fr", "es"] as const).map((l) => (
                <option key={l} value={l}>
                  {labels(`language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={`${prefix}-summary`} label={t("summary")} error={errorOf("summary")}>
        {(p) => <textarea {...p} name="summary" rows={3} defaultValue={valueOf("summary", "")} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-quotes`} label={t("quotes")} error={errorOf("quotes")}>
        {(p) => <textarea {...p} name="quotes" rows={2} defaultValue={valueOf("quotes", "")} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {initial ? t("saveStatement") : t("addStatementButton")}
      </SubmitButton>
    </form>
  );
}
