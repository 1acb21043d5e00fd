"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

export function ChangePasswordForm() {
  const { state, formAction, pending, formKey, errorOf } = useFormAction("changeOwnPassword");
  const t = useTranslations("account.password");
  return (
    <form action={formAction} key={formKey} className="max-w-sm space-y-3" aria-label={t("heading")} noValidate>
      <Field id="current-password" label={t("current")} error={errorOf("currentPassword")}>
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="new-password" label={t("new")} error={errorOf("newPassword")} hint={t("hint")}>
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirm-password" label={t("again")} error={errorOf("confirmPassword")}>
        {(p) => <input {...p} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
