"use server";

import { addDomesticStep, moveDomesticStep, removeDomesticStep, startDomesticPath, updateDomesticStep } from "@/lib/mutations/domestic-steps";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

export async function updateDomesticStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateDomesticStep, formData);
}

export async function startDomesticPathAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(startDomesticPath, formData);
}

export async function addDomesticStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addDomesticStep, formData);
}

export async function moveDomesticStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(moveDomesticStep, formData);
}

export async function removeDomesticStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(removeDomesticStep, formData);
}
