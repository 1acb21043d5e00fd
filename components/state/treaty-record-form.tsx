"use client";

import { updateTreatyStatusAction } from "@/lib/actions/treaty-status";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";

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

const INSTRUMENTS = [
  ["", "None"],
  ["RATIFICATION", "Ratification"],
  ["ACCESSION", "Accession"],
  ["ACCEPTANCE", "Acceptance"],
  ["APPROVAL", "Approval"],
] as const;

export function TreatyRecordForm({ initial }: { initial: TreatyRecordValues }) {
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(updateTreatyStatusAction);
  const v = (name: keyof TreatyRecordValues) => valueOf(name, String(initial[name] ?? ""));
  return (
    <form action={formAction} key={formKey} className="space-y-4" aria-label="Edit treaty record" noValidate>
      <input type="hidden" name="iso3" value={initial.iso3} />
      <input type="hidden" name="version" value={versionOf(initial.version)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="tr-signed" label="Signature" error={errorOf("signed")} hint="Only before 1 August 2010.">
          {(p) => <input {...p} name="signed" type="date" defaultValue={v("signed")} className={inputClass} />}
        </Field>
        <Field id="tr-deposited" label="Instrument deposited" error={errorOf("deposited")}>
          {(p) => <input {...p} name="deposited" type="date" defaultValue={v("deposited")} className={inputClass} />}
        </Field>
        <Field id="tr-instrument" label="Instrument type" error={errorOf("instrument")}>
          {(p) => (
            <select {...p} name="instrument" defaultValue={v("instrument")} className={inputClass}>
              {INSTRUMENTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tr-withdrawal" label="Withdrawal effective" error={errorOf("withdrawalEffective")}>
          {(p) => <input {...p} name="withdrawalEffective" type="date" defaultValue={v("withdrawalEffective")} className={inputClass} />}
        </Field>
        <Field
          id="tr-eif"
          label="Entry into force (override)"
          error={errorOf("entryIntoForce")}
          hint="Leave empty to derive it from Article 17 (first day of the sixth month after the deposit month)."
        >
          {(p) => <input {...p} name="entryIntoForce" type="date" defaultValue={v("entryIntoForce")} className={inputClass} />}
        </Field>
        <Field id="tr-eif-note" label="Reason for the override" error={errorOf("entryIntoForceNote")}>
          {(p) => <input {...p} name="entryIntoForceNote" defaultValue={v("entryIntoForceNote")} className={inputClass} />}
        </Field>
      </div>
      <Field id="tr-source" label="Source of this change" error={errorOf("source")} hint="A depositary notification, a statement, a letter, or a link.">
        {(p) => <textarea {...p} name="source" rows={2} defaultValue={valueOf("source", "")} className={inputClass} required />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Save treaty record</SubmitButton>
    </form>
  );
}
