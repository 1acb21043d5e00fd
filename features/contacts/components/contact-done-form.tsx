"use client";

import { useTranslations } from "next-intl";
import { CONTACT_OUTCOMES } from "@/lib/domain/contacts";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

/** A planned contact has happened: when, how it went, what comes next. */
export function ContactDoneForm({
  contact,
  users,
  today,
}: {
  contact: {
    id: string;
    version: number;
    date: string;
    summary: string;
    nextStep: string;
    nextStepDue: string | null;
    nextStepOwnerId: string | null;
  };
  users: { id: string; name: string }[];
  today: string;
}) {
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction("markContactDone");
  const t = useTranslations("contacts.done");
  const labels = useTranslations("labels");
  return (
    <form action={formAction} key={formKey} className="space-y-4" aria-label={t("label")} noValidate>
      <input type="hidden" name="id" value={contact.id} />
      <input type="hidden" name="version" value={versionOf(contact.version)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="done-date" label={t("tookPlace")} error={errorOf("date")}>
          {(p) => (
            <input
              {...p}
              name="date"
              type="date"
              max={today}
              defaultValue={valueOf("date", contact.date <= today ? contact.date : today)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="done-outcome" label={t("outcome")} error={errorOf("outcome")}>
          {(p) => (
            <select {...p} name="outcome" defaultValue={valueOf("outcome", "")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {CONTACT_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {labels(`outcome.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="done-summary" label={t("summary")} error={errorOf("summary")} hint={t("summaryHint")}>
        {(p) => <textarea {...p} name="summary" rows={3} defaultValue={valueOf("summary", contact.summary)} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <Field id="done-next-step" label={t("nextStep")} error={errorOf("nextStep")}>
            {(p) => <input {...p} name="nextStep" defaultValue={valueOf("nextStep", contact.nextStep)} className={inputClass} />}
          </Field>
        </div>
        <Field id="done-next-due" label={t("nextStepDue")} error={errorOf("nextStepDue")}>
          {(p) => (
            <input {...p} name="nextStepDue" type="date" defaultValue={valueOf("nextStepDue", contact.nextStepDue ?? "")} className={inputClass} />
          )}
        </Field>
        <Field id="done-next-owner" label={t("nextStepOwner")} error={errorOf("nextStepOwnerId")}>
          {(p) => (
            <select {...p} name="nextStepOwnerId" defaultValue={valueOf("nextStepOwnerId", contact.nextStepOwnerId ?? "")} className={inputClass}>
              <option value="">{t("nobody")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
