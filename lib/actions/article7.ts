"use server";

import { recordArticle7Report } from "@/lib/mutations/article7";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function recordArticle7ReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(recordArticle7Report, formData);
}
