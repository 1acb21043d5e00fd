"use server";

import { changeOwnPassword, signOutEverywhere } from "@/lib/mutations/account";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changeOwnPassword, formData);
}

export async function signOutEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(signOutEverywhere, formData);
}
