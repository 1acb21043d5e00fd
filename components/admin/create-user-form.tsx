"use client";

import { createUserAction } from "@/lib/actions/users";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { ROLE_LABEL, ROLES } from "@/lib/domain/roles";

export function CreateUserForm() {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction(createUserAction);
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label="Add a user" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="new-user-name" label="Name" error={errorOf("name")}>
          {(p) => <input {...p} name="name" autoComplete="off" defaultValue={valueOf("name", "")} className={inputClass} />}
        </Field>
        <Field id="new-user-email" label="Email" error={errorOf("email")}>
          {(p) => <input {...p} name="email" type="email" autoComplete="off" defaultValue={valueOf("email", "")} className={inputClass} />}
        </Field>
        <Field id="new-user-role" label="Role" error={errorOf("role")}>
          {(p) => (
            <select {...p} name="role" defaultValue={valueOf("role", "VIEWER")} className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="new-user-password"
          label="Initial password"
          error={errorOf("password")}
          hint="At least 12 characters. Give it to the person directly; they can change it under “Your account”."
        >
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText="Adding…">Add user</SubmitButton>
    </form>
  );
}
