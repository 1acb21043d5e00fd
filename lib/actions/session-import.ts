"use server";

import { importSessionSummary } from "@/lib/mutations/session-import";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function importSessionSummaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(importSessionSummary, formData);
}
