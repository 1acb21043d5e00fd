"use client";

import { useActionState, useEffect, useMemo } from "react";
import { useRouter } from "next/navigation";
import { IDLE } from "@/platform/actions/form-state";
import { mutate } from "@/platform/actions/mutate";
import type { MutationName } from "@/platform/mutations/registry";

/**
 * A form that runs the mutation of this name through the one Server Action. After a failure the form is re-keyed with the values the user typed
 * (so nothing is lost); after a conflict the page is refreshed so the current values show beside them.
 */
export function useFormAction(mutation: MutationName) {
  const action = useMemo(() => mutate.bind(null, mutation), [mutation]);
  const [state, formAction, pending] = useActionState(action, IDLE);
  const router = useRouter();
  const conflict = state.status === "done" && !state.ok && state.code === "conflict";
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, state, router]);
  const failed = state.status === "done" && !state.ok;
  return {
    state,
    formAction,
    pending,
    /** Remounts uncontrolled fields after each submission so they show `valueOf`. */
    formKey: state.status === "done" ? state.submittedAt : 0,
    valueOf: (name: string, fallback: string) => (failed && state.values ? (state.values[name] ?? fallback) : fallback),
    errorOf: (name: string) => (failed ? state.fieldErrors?.[name] : undefined),
    /** After a conflict, re-applying must be against the version now stored. */
    versionOf: (fallback: number) => (failed && state.currentVersion ? state.currentVersion : fallback),
  };
}
