"use client";

import { recordArticle7ReportAction } from "@/lib/actions/article7";
import { formatLongDate } from "@/lib/domain/dates";
import type { ObligationStatus } from "@/lib/domain/article7";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";

const STATE_LABEL: Record<ObligationStatus["state"], string> = {
  SUBMITTED: "Submitted",
  SUBMITTED_LATE: "Submitted late",
  LATE: "Late",
  DUE: "Due",
};

export function Article7Section({ iso3, obligations, canRecord, today }: { iso3: string; obligations: ObligationStatus[]; canRecord: boolean; today: string }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction(recordArticle7ReportAction);
  const recent = [...obligations].reverse().slice(0, 6);
  return (
    <section aria-labelledby="article7-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="article7-heading" className="mb-2 text-lg font-semibold">Article 7 transparency reports</h2>
      <ul className="mb-3 text-sm">
        {recent.map((o) => (
          <li key={`${o.kind}-${o.year}`} data-article7={o.state}>
            {o.kind === "INITIAL" ? "Initial report" : `Update due 30 April ${o.year}`}: due {formatLongDate(o.due)} —{" "}
            <strong>{STATE_LABEL[o.state]}</strong>
            {o.submittedOn ? ` (${formatLongDate(o.submittedOn)})` : ""}
          </li>
        ))}
      </ul>
      {canRecord ? (
        <details>
          <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">Record a submitted report</summary>
          <form action={formAction} key={formKey} className="mt-3 grid gap-3 sm:grid-cols-4" aria-label="Record an Article 7 report" noValidate>
            <input type="hidden" name="iso3" value={iso3} />
            <Field id="a7-kind" label="Report" error={errorOf("kind")}>
              {(p) => (
                <select {...p} name="kind" defaultValue={valueOf("kind", "ANNUAL")} className={inputClass}>
                  <option value="INITIAL">Initial report</option>
                  <option value="ANNUAL">Annual update</option>
                </select>
              )}
            </Field>
            <Field id="a7-year" label="Year (annual update)" error={errorOf("year")}>
              {(p) => <input {...p} name="year" inputMode="numeric" defaultValue={valueOf("year", today.slice(0, 4))} className={inputClass} />}
            </Field>
            <Field id="a7-date" label="Submitted on" error={errorOf("submittedOn")}>
              {(p) => <input {...p} name="submittedOn" type="date" max={today} defaultValue={valueOf("submittedOn", today)} className={inputClass} />}
            </Field>
            <Field id="a7-source" label="Source" error={errorOf("source")}>
              {(p) => <input {...p} name="source" defaultValue={valueOf("source", "")} className={inputClass} />}
            </Field>
            <div className="sm:col-span-4">
              <FormMessage state={state} />
            </div>
            <div><SubmitButton pending={pending}>Record report</SubmitButton></div>
          </form>
        </details>
      ) : null}
    </section>
  );
}
