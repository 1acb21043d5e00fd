"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { ROLES } from "@/lib/domain/roles";

export function CreateUserForm() {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("createUser");
  const t = useTranslations("admin.forms");
  const labels = useTranslations("labels");
  const admin = useTranslations("admin.users");
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={admin("addHeading")} noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="new-user-name" label={t("name")} error={errorOf("name")}>
          {(p) => <input {...p} name="name" autoComplete="off" defaultValue={valueOf("name", "")} className={inputClass} />}
        </Field>
        <Field id="new-user-email" label={t("email")} error={errorOf("email")}>
          {(p) => <input {...p} name="email" type="email" autoComplete="off" defaultValue={valueOf("email", "")} className={inputClass} />}
        </Field>
        <Field id="new-user-role" label={t("role")} error={errorOf("role")}>
          {(p) => (
            <select {...p} name="role" defaultValue={valueOf("role", "VIEWER")} className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {labels(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="new-user-password" label={t("initialPassword")} error={errorOf("password")} hint={t("initialPasswordHint")}>
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("adding")}>
        {t("addUser")}
      </SubmitButton>
    </form>
  );
}
