"use client";

import { updateStalledSettingAction } from "@/lib/actions/settings";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";

export function StalledSettingForm({ months }: { months: number }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction(updateStalledSettingAction);
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-3" aria-label="Stalled states" noValidate>
      <Field id="stalled-months" label="Months without activity before a state counts as stalled" error={errorOf("months")}>
        {(p) => <input {...p} name="months" inputMode="numeric" defaultValue={valueOf("months", String(months))} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Save</SubmitButton>
    </form>
  );
}
