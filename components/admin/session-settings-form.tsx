"use client";

import { updateSessionSettingsAction } from "@/lib/actions/settings";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SESSION_LIMITS, type SessionPolicy } from "@/lib/domain/session";

export function SessionSettingsForm({ policy }: { policy: SessionPolicy }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction(updateSessionSettingsAction);
  const { lifetimeHours, idleMinutes } = SESSION_LIMITS;
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-3" aria-label="Sessions" noValidate>
      <Field
        id="session-lifetime"
        label="Session lifetime (hours from sign-in)"
        error={errorOf("lifetimeHours")}
        hint={`From ${lifetimeHours.min} to ${lifetimeHours.max} hours; a session ends then however active it is.`}
      >
        {(p) => <input {...p} name="lifetimeHours" inputMode="numeric" defaultValue={valueOf("lifetimeHours", String(policy.lifetimeHours))} className={inputClass} />}
      </Field>
      <Field
        id="session-idle"
        label="Idle timeout (minutes without activity)"
        error={errorOf("idleMinutes")}
        hint={`From ${idleMinutes.min} to ${idleMinutes.max} minutes, and not longer than the lifetime.`}
      >
        {(p) => <input {...p} name="idleMinutes" inputMode="numeric" defaultValue={valueOf("idleMinutes", String(policy.idleMinutes))} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Save session settings</SubmitButton>
    </form>
  );
}
