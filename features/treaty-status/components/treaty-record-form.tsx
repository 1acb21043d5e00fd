"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

export interface TreatyRecordValues {
  iso3: string;
  version: number;
  signed: string;
  deposited: string;
  instrument: string;
  entryIntoForce: string;
  entryIntoForceNote: string;
  withdrawalEffective: string;
}

const INSTRUMENTS = ["RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL"] as const;

export function TreatyRecordForm({ initial }: { initial: TreatyRecordValues }) {
  const t = useTranslations("state");
  const labels = useTranslations("labels");
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction("updateTreatyStatus");
  const v = (name: keyof TreatyRecordValues) => valueOf(name, String(initial[name] ?? ""));
  return (
    <form action={formAction} key={formKey} className="space-y-4" aria-label={t("editRecord")} noValidate>
      <input type="hidden" name="iso3" value={initial.iso3} />
      <input type="hidden" name="version" value={versionOf(initial.version)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="tr-signed" label={t("signature")} error={errorOf("signed")} hint={t("record.signedHint")}>
          {(p) => <input {...p} name="signed" type="date" defaultValue={v("signed")} className={inputClass} />}
        </Field>
        <Field id="tr-deposited" label={t("deposited")} error={errorOf("deposited")}>
          {(p) => <input {...p} name="deposited" type="date" defaultValue={v("deposited")} className={inputClass} />}
        </Field>
        <Field id="tr-instrument" label={t("record.instrumentType")} error={errorOf("instrument")}>
          {(p) => (
            <select {...p} name="instrument" defaultValue={v("instrument")} className={inputClass}>
              <option value="">{t("none")}</option>
              {INSTRUMENTS.map((value) => (
                <option key={value} value={value}>
                  {labels(`instrument.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tr-withdrawal" label={t("withdrawal")} error={errorOf("withdrawalEffective")}>
          {(p) => <input {...p} name="withdrawalEffective" type="date" defaultValue={v("withdrawalEffective")} className={inputClass} />}
        </Field>
        <Field id="tr-eif" label={t("record.eifOverride")} error={errorOf("entryIntoForce")} hint={t("record.eifHint")}>
          {(p) => <input {...p} name="entryIntoForce" type="date" defaultValue={v("entryIntoForce")} className={inputClass} />}
        </Field>
        <Field id="tr-eif-note" label={t("record.eifReason")} error={errorOf("entryIntoForceNote")}>
          {(p) => <input {...p} name="entryIntoForceNote" defaultValue={v("entryIntoForceNote")} className={inputClass} />}
        </Field>
      </div>
      <Field id="tr-source" label={t("record.source")} error={errorOf("source")} hint={t("record.sourceHint")}>
        {(p) => <textarea {...p} name="source" rows={2} defaultValue={valueOf("source", "")} className={inputClass} required />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("record.save")}</SubmitButton>
    </form>
  );
}
