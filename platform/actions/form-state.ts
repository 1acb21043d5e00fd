import type { ActionResult, RelatedLink } from "@/platform/mutations/core";

/** An action's result put into the reader's words: what a form shows. */
export type ShownResult =
  | (Omit<Extract<ActionResult, { ok: true }>, "message" | "cookie"> & { message: string })
  | (Omit<Extract<ActionResult, { ok: false }>, "message" | "fieldErrors" | "related"> & {
      message: string;
      fieldErrors?: Record<string, string>;
      related?: (Omit<RelatedLink, "label"> & { label: string })[];
    });

/** What a form shows after a submission: the result, and on failure the values typed, so nothing is lost. */
export type FormState = { status: "idle" } | ({ status: "done"; submittedAt: number; values?: Record<string, string> } & ShownResult);

export const IDLE: FormState = { status: "idle" };
