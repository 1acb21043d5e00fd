"use server";

import { addSession, createMeeting, updateMeeting } from "@/lib/mutations/meetings";
import { addStatement, updateStatement } from "@/lib/mutations/statements";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function createMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createMeeting, formData);
}

export async function updateMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateMeeting, formData);
}

export async function addSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addSession, formData);
}

export async function addStatementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addStatement, formData);
}

export async function updateStatementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateStatement, formData);
}
