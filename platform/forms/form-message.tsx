import type { FormState } from "@/platform/actions/form-state";

/** The outcome of a submission, announced to screen readers; success politely, failure at once. */
export function FormMessage({ state, id }: { state: FormState; id?: string }) {
  if (state.status !== "done") return null;
  if (state.ok) {
    return (
      <p id={id} role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {state.message}
      </p>
    );
  }
  return (
    <p id={id} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-code={state.code}>
      {state.message}
    </p>
  );
}
