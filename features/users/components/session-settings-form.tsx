"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { SESSION_LIMITS, type SessionPolicy } from "@/lib/domain/auth-session";

export function SessionSettingsForm({ policy }: { policy: SessionPolicy }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("updateSessionSettings");
  const { lifetimeHours, idleMinutes } = SESSION_LIMITS;
  const t = useTranslations("admin.settings");
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-3" aria-label={t("sessionsHeading")} noValidate>
      <Field
        id="session-lifetime"
        label={t("lifetime")}
        error={errorOf("lifetimeHours")}
        hint={t("lifetimeHint", { min: lifetimeHours.min, max: lifetimeHours.max })}
      >
        {(p) => (
          <input
            {...p}
            name="lifetimeHours"
            inputMode="numeric"
            defaultValue={valueOf("lifetimeHours", String(policy.lifetimeHours))}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="session-idle" label={t("idle")} error={errorOf("idleMinutes")} hint={t("idleHint", { min: idleMinutes.min, max: idleMinutes.max })}>
        {(p) => (
          <input
            {...p}
            name="idleMinutes"
            inputMode="numeric"
            defaultValue={valueOf("idleMinutes", String(policy.idleMinutes))}
            className={inputClass}
          />
        )}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("saveSessions")}</SubmitButton>
    </form>
  );
}
