"use server";

import { createApiToken, revokeApiToken, setCalendarFeed } from "@/lib/mutations/tokens";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function createApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createApiToken, formData);
}

export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(revokeApiToken, formData);
}

export async function setCalendarFeedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(setCalendarFeed, formData);
}
