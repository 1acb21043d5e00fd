"use server";

import { updateSessionSettings, updateStalledSetting } from "@/lib/mutations/settings";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function updateStalledSettingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateStalledSetting, formData);
}

export async function updateSessionSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateSessionSettings, formData);
}
