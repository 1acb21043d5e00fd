"use server";

import { updateTreatyStatus } from "@/lib/mutations/treaty-status";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function updateTreatyStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateTreatyStatus, formData);
}
