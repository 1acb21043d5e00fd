"use client";

import { useTranslations } from "next-intl";
import { PLEDGE_KINDS, TREATY_ACTIONS } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { ActorOptions } from "@/platform/forms/actor-options";

export interface PledgeFormValues {
  id?: string;
  version?: number;
  actorId: string;
  text: string;
  kind: string;
  treatyAction: string;
  targetRegion: string;
  targets: string;
  due: string;
  reviewOn: string;
  meetingId: string;
  statementId: string;
}

interface Option {
  id: string;
  name: string;
}

export function PledgeForm({
  initial,
  actors,
  meetings,
}: {
  initial: PledgeFormValues;
  actors: (Option & { kind: string })[];
  meetings: (Option & { startDate: string })[];
}) {
  const editing = Boolean(initial.id);
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(editing ? "updatePledge" : "createPledge");
  const v = (name: keyof PledgeFormValues) => valueOf(name, String(initial[name] ?? ""));
  const t = useTranslations("pledges.form");
  const labels = useTranslations("labels");
  return (
    <form action={formAction} key={formKey} className="max-w-3xl space-y-4" aria-label={editing ? t("editLabel") : t("recordLabel")} noValidate>
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version ?? 1)} />
        </>
      ) : null}
      <input type="hidden" name="statementId" value={initial.statementId} />
      <Field id="pledge-actor" label={t("who")} error={errorOf("actorId")}>
        {(p) => (
          <select {...p} name="actorId" defaultValue={v("actorId")} className={inputClass}>
            <option value="">{t("chooseActor")}</option>
            <ActorOptions actors={actors} />
          </select>
        )}
      </Field>
      <Field id="pledge-text" label={t("text")} error={errorOf("text")}>
        {(p) => <textarea {...p} name="text" rows={3} defaultValue={v("text")} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="pledge-kind" label={t("kind")} error={errorOf("kind")}>
          {(p) => (
            <select {...p} name="kind" defaultValue={v("kind")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {PLEDGE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {labels(`pledgeKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-treaty-action" label={t("treatyAction")} error={errorOf("treatyAction")}>
          {(p) => (
            <select {...p} name="treatyAction" defaultValue={v("treatyAction")} className={inputClass}>
              <option value="">—</option>
              {TREATY_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {labels(`treatyAction.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-due" label={t("due")} error={errorOf("due")} hint={t("dueHint")}>
          {(p) => <input {...p} name="due" defaultValue={v("due")} className={inputClass} />}
        </Field>
        <Field id="pledge-review" label={t("reviewOn")} error={errorOf("reviewOn")}>
          {(p) => <input {...p} name="reviewOn" type="date" defaultValue={v("reviewOn")} className={inputClass} />}
        </Field>
        <Field id="pledge-targets" label={t("targets")} error={errorOf("targets")} hint={t("targetsHint")}>
          {(p) => <input {...p} name="targets" defaultValue={v("targets")} className={inputClass} />}
        </Field>
        <Field id="pledge-region" label={t("region")} error={errorOf("targetRegion")}>
          {(p) => (
            <select {...p} name="targetRegion" defaultValue={v("targetRegion")} className={inputClass}>
              <option value="">—</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {labels(`region.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-meeting" label={t("madeAt")} error={errorOf("meetingId")}>
          {(p) => (
            <select {...p} name="meetingId" defaultValue={v("meetingId")} className={inputClass}>
              <option value="">{t("noMeeting")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({m.startDate.slice(0, 4)})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{editing ? t("save") : t("recordButton")}</SubmitButton>
    </form>
  );
}
