"use server";

import { createContact, deleteContact, markContactDone, restoreContact, updateContact } from "@/lib/mutations/contacts";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function createContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createContact, formData, { rerenderPage: false });
}

export async function updateContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateContact, formData);
}

export async function markContactDoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(markContactDone, formData);
}

export async function deleteContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(deleteContact, formData);
}

export async function restoreContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(restoreContact, formData);
}
