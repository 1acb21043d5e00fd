"use client";

import {
  addDomesticStepAction,
  moveDomesticStepAction,
  removeDomesticStepAction,
  startDomesticPathAction,
  updateDomesticStepAction,
} from "@/lib/actions/domestic-steps";
import { PATH_LABEL, STEP_STATUSES, STEP_STATUS_LABEL, type PathKind } from "@/lib/domain/domestic-path";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import type { StepView } from "@/lib/data/state-detail";

export function StepEditForm({ step }: { step: StepView }) {
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(updateDomesticStepAction);
  const prefix = `step-${step.id}`;
  return (
    <form action={formAction} key={formKey} className="mt-3 space-y-3 rounded border border-slate-200 bg-slate-50 p-3" aria-label={`Edit step ${step.title}`} noValidate>
      <input type="hidden" name="id" value={step.id} />
      <input type="hidden" name="version" value={versionOf(step.version)} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${prefix}-title`} label="Step" error={errorOf("title")}>
          {(p) => <input {...p} name="title" defaultValue={valueOf("title", step.title)} className={inputClass} />}
        </Field>
        <Field id={`${prefix}-status`} label="Status" error={errorOf("status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={valueOf("status", step.status)} className={inputClass}>
              {STEP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STEP_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-date`} label="Date" error={errorOf("date")} hint="Exact or as said: 2013-03-26, March 2013, Q2 2013, mid-2013, spring.">
          {(p) => <input {...p} name="date" defaultValue={valueOf("date", step.dateText)} className={inputClass} />}
        </Field>
      </div>
      <Field id={`${prefix}-note`} label="Note" error={errorOf("note")}>
        {(p) => <textarea {...p} name="note" rows={2} defaultValue={valueOf("note", step.note)} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-source`} label="Source" error={errorOf("source")}>
        {(p) => <input {...p} name="source" defaultValue={valueOf("source", step.source)} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Save step</SubmitButton>
    </form>
  );
}

export function StepOrderControls({ step, isFirst, isLast }: { step: StepView; isFirst: boolean; isLast: boolean }) {
  const move = useFormAction(moveDomesticStepAction);
  const remove = useFormAction(removeDomesticStepAction);
  const message = remove.state.status === "done" && !remove.state.ok ? remove.state : move.state;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={move.formAction} className="flex gap-1">
        <input type="hidden" name="id" value={step.id} />
        <button type="submit" name="direction" value="up" disabled={isFirst || move.pending} className="rounded border border-slate-400 px-2 py-0.5 text-xs disabled:opacity-40" aria-label={`Move “${step.title}” up`}>
          ↑
        </button>
        <button type="submit" name="direction" value="down" disabled={isLast || move.pending} className="rounded border border-slate-400 px-2 py-0.5 text-xs disabled:opacity-40" aria-label={`Move “${step.title}” down`}>
          ↓
        </button>
      </form>
      <form
        action={remove.formAction}
        onSubmit={(event) => {
          if (!window.confirm(`Remove the step “${step.title}”? Its history stays in the timeline.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={step.id} />
        <input type="hidden" name="version" value={step.version} />
        <button type="submit" disabled={remove.pending} className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800" aria-label={`Remove “${step.title}”`}>
          Remove
        </button>
      </form>
      {message.status === "done" && !message.ok ? <FormMessage state={message} /> : null}
    </div>
  );
}

export function AddStepForm({ iso3, path }: { iso3: string; path: PathKind }) {
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction(addDomesticStepAction);
  const id = `add-step-${path.toLowerCase()}`;
  return (
    <form action={formAction} key={formKey} className="mt-3 flex flex-wrap items-end gap-3" aria-label={`Add a ${PATH_LABEL[path].toLowerCase()} step`}>
      <input type="hidden" name="iso3" value={iso3} />
      <input type="hidden" name="path" value={path} />
      <div className="min-w-64 flex-1">
        <Field id={id} label={`Add a ${PATH_LABEL[path].toLowerCase()} step`} error={errorOf("title")}>
          {(p) => <input {...p} name="title" defaultValue={valueOf("title", "")} className={inputClass} placeholder="e.g. Second reading in the Senate" />}
        </Field>
      </div>
      <SubmitButton pending={pending} pendingText="Adding…">Add step</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function StartPathForm({ iso3, suggested }: { iso3: string; suggested: PathKind }) {
  const { state, formAction, pending } = useFormAction(startDomesticPathAction);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Start a domestic path from a template">
      <input type="hidden" name="iso3" value={iso3} />
      <div>
        <label htmlFor={`start-path-${iso3}`} className="block text-sm font-medium">
          Template
        </label>
        <select id={`start-path-${iso3}`} name="path" defaultValue={suggested} className={inputClass}>
          {(["RATIFICATION", "ACCESSION", "IMPLEMENTATION"] as const).map((p) => (
            <option key={p} value={p}>
              {PATH_LABEL[p]}
              {p === suggested ? " (suggested for this state)" : ""}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={pending} pendingText="Starting…">Start from template</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
