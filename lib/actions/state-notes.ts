"use server";

import { addStateNote } from "@/lib/mutations/state-notes";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function addStateNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addStateNote, formData);
}
