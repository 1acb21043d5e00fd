"use server";

import { changeOwnPassword } from "@/lib/mutations/account";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changeOwnPassword, formData);
}
