"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/platform/actions/form-state";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

const secretOf = (state: FormState) => (state.status === "done" && state.ok ? state.secret : undefined);
const select = (event: { currentTarget: HTMLInputElement }) => event.currentTarget.select();

/** The one time a new secret is shown: in a read-only field, selected when focused, so it can be copied. */
function OneTimeSecret({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  const hintId = `${id}-hint`;
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-amber-950">
        {label}
      </label>
      <input id={id} readOnly value={value} onFocus={select} aria-describedby={hintId} className={`${inputClass} font-mono`} data-secret />
      <p id={hintId} className="mt-1 text-xs text-amber-950">
        {hint}
      </p>
    </div>
  );
}

export function CreateApiTokenForm() {
  const { state, formAction, pending, formKey, errorOf, valueOf } = useFormAction("createApiToken");
  const t = useTranslations("account.api");
  const secret = secretOf(state);
  return (
    <div className="space-y-3">
      <form action={formAction} key={formKey} className="flex max-w-xl flex-wrap items-end gap-3" aria-label={t("createLabel")} noValidate>
        <div className="min-w-64 flex-1">
          <Field id="token-name" label={t("tokenName")} error={errorOf("name")} hint={t("tokenNameHint")}>
            {(p) => <input {...p} name="name" maxLength={60} defaultValue={valueOf("name", "")} className={inputClass} />}
          </Field>
        </div>
        <SubmitButton pending={pending} pendingText={t("creating")}>
          {t("create")}
        </SubmitButton>
      </form>
      <FormMessage state={state} />
      {secret ? (
        <OneTimeSecret
          id="new-api-token"
          label={t("newToken")}
          value={secret}
          hint={t("newTokenHint", { placeholder: `<${t("tokenPlaceholder")}>` })}
        />
      ) : null}
    </div>
  );
}

export function RevokeApiTokenForm({ id, name }: { id: string; name: string }) {
  const { state, formAction, pending } = useFormAction("revokeApiToken");
  const t = useTranslations("account.api");
  const failed = state.status === "done" && !state.ok;
  return (
    <form action={formAction} aria-label={t("revokeLabel", { name })}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-red-700 px-2.5 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? (
          t("revoking")
        ) : (
          <>
            {t("revoke")}
            <span className="sr-only"> {name}</span>
          </>
        )}
      </button>
      {failed ? <FormMessage state={state} /> : null}
    </form>
  );
}

export function CalendarFeedForms({ active }: { active: boolean }) {
  const create = useFormAction("setCalendarFeed");
  const revoke = useFormAction("setCalendarFeed");
  const t = useTranslations("account.calendar");
  // Only the latest outcome counts: a revoked address is not shown again after "Revoke feed".
  const at = (state: FormState) => (state.status === "done" ? state.submittedAt : 0);
  const latest = at(create.state) >= at(revoke.state) ? create.state : revoke.state;
  const secret = secretOf(latest);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={create.formAction} aria-label={active ? t("newAddressLabel") : t("createLabel")}>
          <input type="hidden" name="action" value="create" />
          <SubmitButton pending={create.pending} pendingText={t("creating")}>
            {active ? t("newAddress") : t("create")}
          </SubmitButton>
        </form>
        {active ? (
          <form action={revoke.formAction} aria-label={t("revokeLabel")}>
            <input type="hidden" name="action" value="revoke" />
            <button
              type="submit"
              disabled={revoke.pending}
              className="rounded border border-red-700 px-3.5 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
            >
              {revoke.pending ? t("revoking") : t("revoke")}
            </button>
          </form>
        ) : null}
      </div>
      <FormMessage state={latest} />
      {secret ? (
        <OneTimeSecret id="calendar-feed-url" label={t("address")} value={`${origin}/calendar.ics?token=${secret}`} hint={t("addressHint")} />
      ) : null}
    </div>
  );
}
