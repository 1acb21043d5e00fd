"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@prisma/client";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { REGIONS, type Region } from "@/lib/domain/reference-data";
import { ROLES } from "@/lib/domain/roles";

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("changeUserRole");
  const t = useTranslations("admin.forms");
  const labels = useTranslations("labels");
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t("changeRole")} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div className="max-w-xs">
        <Field id="user-role" label={t("role")} error={errorOf("role")}>
          {(p) => (
            <select {...p} name="role" defaultValue={valueOf("role", role)} className={inputClass}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {labels(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("saveRole")}</SubmitButton>
    </form>
  );
}

export function AccessForm({ userId, active }: { userId: string; active: boolean }) {
  // Both actions stay mounted so that the outcome stays on screen after the page shows the new status.
  const deactivate = useFormAction("deactivateUser");
  const reactivate = useFormAction("reactivateUser");
  const t = useTranslations("admin.forms");
  const { formAction, pending } = active ? deactivate : reactivate;
  const outcome = [deactivate.state, reactivate.state].reduce((a, b) =>
    b.status === "done" && (a.status !== "done" || b.submittedAt > a.submittedAt) ? b : a,
  );
  return (
    <form action={formAction} className="space-y-3" aria-label={active ? t("deactivate") : t("reactivate")}>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={outcome} />
      <SubmitButton pending={pending} pendingText={active ? t("deactivating") : t("reactivating")}>
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ userId }: { userId: string }) {
  const { state, formAction, pending, formKey, errorOf } = useFormAction("resetUserPassword");
  const t = useTranslations("admin.forms");
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t("resetPassword")} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div className="max-w-sm">
        <Field id="reset-password" label={t("newPassword")} error={errorOf("password")} hint={t("passwordHint")}>
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("resetPassword")}</SubmitButton>
    </form>
  );
}

export function RevokeSessionsForm({ userId }: { userId: string }) {
  const { state, formAction, pending } = useFormAction("revokeUserSessions");
  const t = useTranslations("admin.forms");
  return (
    <form action={formAction} className="space-y-3" aria-label={t("signOutEverywhere")}>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("signingOut")}>
        {t("signOutEverywhere")}
      </SubmitButton>
    </form>
  );
}

export function WriteRegionsForm({ userId, regions }: { userId: string; regions: readonly Region[] }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("setUserWriteRegions");
  const t = useTranslations("admin.forms");
  const labels = useTranslations("labels");
  const checked = new Set(valueOf("regions", regions.join("\n")).split("\n"));
  const error = errorOf("regions");
  const errorId = error ? "write-regions-error" : undefined;
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t("regions")} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <fieldset aria-describedby={errorId}>
        <legend className="text-sm font-medium">{t("regionsLegend")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {REGIONS.map((region) => (
            <label key={region} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="regions" value={region} defaultChecked={checked.has(region)} className="h-4 w-4" />
              {labels(`region.${region}`)}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600">{t("regionsNone")}</p>
        {error ? (
          <p id="write-regions-error" className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("saveRegions")}</SubmitButton>
    </form>
  );
}
