"use server";

import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword, revokeUserSessions, setUserWriteRegions } from "@/lib/mutations/users";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createUser, formData);
}

export async function changeUserRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changeUserRole, formData);
}

export async function deactivateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(deactivateUser, formData);
}

export async function reactivateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(reactivateUser, formData);
}

export async function resetUserPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(resetUserPassword, formData);
}

export async function revokeUserSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(revokeUserSessions, formData);
}

export async function setUserWriteRegionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(setUserWriteRegions, formData);
}
