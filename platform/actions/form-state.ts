import type { ActionResult } from "@/platform/mutations/core";

/** What a form shows after a submission: the result, and on failure the values typed, so nothing is lost. */
export type FormState =
  | { status: "idle" }
  | ({ status: "done"; submittedAt: number; values?: Record<string, string> } & ActionResult);

export const IDLE: FormState = { status: "idle" };
