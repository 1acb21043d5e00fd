"use server";

import { bulkPledgeStatus, createPledge, setPledgeStatus, updatePledge } from "@/lib/mutations/pledges";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function createPledgeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(createPledge, formData);
}

export async function updatePledgeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updatePledge, formData);
}

export async function setPledgeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(setPledgeStatus, formData);
}

export async function bulkPledgeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(bulkPledgeStatus, formData);
}
