"use server";

import { mutationNamed, type MutationName } from "@/platform/mutations/registry";
import type { FormState } from "./form-state";
import { runFormAction } from "./run";

/**
 * The one Server Action: every form posts here with the name of the mutation it runs (bound on the client, so the
 * name is untrusted input like the rest), and the registry's definition does the rest.
 */
export async function mutate(name: MutationName, _previous: FormState, formData: FormData): Promise<FormState> {
  const mutation = mutationNamed(name);
  if (!mutation) {
    return {
      status: "done",
      submittedAt: Date.now(),
      ok: false,
      code: "not-found",
      message: "Something this change refers to does not exist (any more). Nothing was saved.",
    };
  }
  return runFormAction(mutation, formData);
}
