"use client";

import { changeOwnPasswordAction } from "@/lib/actions/account";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";

export function ChangePasswordForm() {
  const { state, formAction, pending, formKey, errorOf } = useFormAction(changeOwnPasswordAction);
  return (
    <form action={formAction} key={formKey} className="max-w-sm space-y-3" aria-label="Change your password" noValidate>
      <Field id="current-password" label="Current password" error={errorOf("currentPassword")}>
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="new-password" label="New password" error={errorOf("newPassword")} hint="At least 12 characters.">
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirm-password" label="New password again" error={errorOf("confirmPassword")}>
        {(p) => <input {...p} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
