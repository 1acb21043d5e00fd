"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/domain/locale";
import { changeOwnPassword, setOwnLocale, signOutEverywhere } from "@/lib/mutations/account";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changeOwnPassword, formData);
}

export async function signOutEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(signOutEverywhere, formData);
}

export async function setOwnLocaleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(setOwnLocale, formData);
  // The sign-in page after signing out speaks the same language.
  if (state.status === "done" && state.ok) {
    (await cookies()).set(LOCALE_COOKIE, String(formData.get("locale")), { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  }
  return state;
}
