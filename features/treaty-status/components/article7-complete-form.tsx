"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

/** The day from which every Article 7 report received is recorded; blank when nobody knows. */
export function Article7CompleteForm({ completeFrom }: { completeFrom: string | null }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("setArticle7RecordsComplete");
  const t = useTranslations("admin.settings");
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-3" aria-label={t("article7Heading")} noValidate>
      <Field id="article7-complete-from" label={t("article7CompleteFrom")} error={errorOf("completeFrom")}>
        {(p) => <input {...p} name="completeFrom" type="date" defaultValue={valueOf("completeFrom", completeFrom ?? "")} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("article7Save")}</SubmitButton>
    </form>
  );
}
