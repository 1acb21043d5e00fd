"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

export function StalledSettingForm({ months }: { months: number }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("updateStalledSetting");
  const t = useTranslations("admin.settings");
  const common = useTranslations("common");
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-3" aria-label={t("stalledHeading")} noValidate>
      <Field id="stalled-months" label={t("stalledMonths")} error={errorOf("months")}>
        {(p) => <input {...p} name="months" inputMode="numeric" defaultValue={valueOf("months", String(months))} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{common("save")}</SubmitButton>
    </form>
  );
}
