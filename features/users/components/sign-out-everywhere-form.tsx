"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

export function SignOutEverywhereForm() {
  const { state, formAction, pending } = useFormAction("signOutEverywhere");
  const t = useTranslations("account.everywhere");
  return (
    <form action={formAction} className="space-y-3" aria-label={t("heading")}>
      <input type="hidden" name="confirm" value="everywhere" />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("signingOut")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
