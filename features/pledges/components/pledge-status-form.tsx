"use client";

import { useTranslations } from "next-intl";
import { PLEDGE_STATUSES, type PledgeStatus } from "@/lib/domain/pledges";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

export function PledgeStatusForm({
  id,
  version,
  status,
  evidence,
  today,
}: {
  id: string;
  version: number;
  status: PledgeStatus;
  evidence: string;
  today: string;
}) {
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction("setPledgeStatus");
  const t = useTranslations("pledges.statusForm");
  const labels = useTranslations("labels");
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t("label")} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={versionOf(version)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="status-status" label={t("status")} error={errorOf("status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={valueOf("status", status)} className={inputClass}>
              {PLEDGE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels(`pledgeStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="status-date" label={t("on")} error={errorOf("closedOn")}>
          {(p) => <input {...p} name="closedOn" type="date" max={today} defaultValue={valueOf("closedOn", today)} className={inputClass} />}
        </Field>
      </div>
      <Field id="status-evidence" label={t("evidence")} error={errorOf("evidence")} hint={t("evidenceHint")}>
        {(p) => <textarea {...p} name="evidence" rows={2} defaultValue={valueOf("evidence", evidence)} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}
