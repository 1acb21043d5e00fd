"use client";

import { useTranslations } from "next-intl";
import { STEP_STATUSES, type PathKind } from "@/lib/domain/domestic-path";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import type { StepView } from "@/features/treaty-status/queries/state-detail";

export function StepEditForm({ step }: { step: StepView }) {
  const t = useTranslations("state.steps");
  const labels = useTranslations("labels");
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction("updateDomesticStep");
  const prefix = `step-${step.id}`;
  return (
    <form
      action={formAction}
      key={formKey}
      className="mt-3 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
      aria-label={t("editAria", { title: step.title })}
      noValidate
    >
      <input type="hidden" name="id" value={step.id} />
      <input type="hidden" name="version" value={versionOf(step.version)} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${prefix}-title`} label={t("step")} error={errorOf("title")}>
          {(p) => <input {...p} name="title" defaultValue={valueOf("title", step.title)} className={inputClass} />}
        </Field>
        <Field id={`${prefix}-status`} label={t("status")} error={errorOf("status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={valueOf("status", step.status)} className={inputClass}>
              {STEP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels(`stepStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-date`} label={t("date")} error={errorOf("date")} hint={t("dateHint")}>
          {(p) => <input {...p} name="date" defaultValue={valueOf("date", step.dateText)} className={inputClass} />}
        </Field>
      </div>
      <Field id={`${prefix}-note`} label={t("note")} error={errorOf("note")}>
        {(p) => <textarea {...p} name="note" rows={2} defaultValue={valueOf("note", step.note)} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-source`} label={t("source")} error={errorOf("source")}>
        {(p) => <input {...p} name="source" defaultValue={valueOf("source", step.source)} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}

export function StepOrderControls({ step, isFirst, isLast }: { step: StepView; isFirst: boolean; isLast: boolean }) {
  const t = useTranslations("state.steps");
  const move = useFormAction("moveDomesticStep");
  const remove = useFormAction("removeDomesticStep");
  const message = remove.state.status === "done" && !remove.state.ok ? remove.state : move.state;
  const failed = message.status === "done" && !message.ok;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={move.formAction} className="flex gap-1">
        <input type="hidden" name="id" value={step.id} />
        <button
          type="submit"
          name="direction"
          value="up"
          disabled={isFirst || move.pending}
          className="rounded border border-slate-400 px-2 py-0.5 text-xs disabled:opacity-40"
          aria-label={t("moveUp", { title: step.title })}
        >
          ↑
        </button>
        <button
          type="submit"
          name="direction"
          value="down"
          disabled={isLast || move.pending}
          className="rounded border border-slate-400 px-2 py-0.5 text-xs disabled:opacity-40"
          aria-label={t("moveDown", { title: step.title })}
        >
          ↓
        </button>
      </form>
      <form
        action={remove.formAction}
        onSubmit={(event) => {
          if (!window.confirm(t("confirmRemove", { title: step.title }))) event.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={step.id} />
        <input type="hidden" name="version" value={step.version} />
        <button
          type="submit"
          disabled={remove.pending}
          className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
          aria-label={t("removeAria", { title: step.title })}
        >
          {t("remove")}
        </button>
      </form>
      {failed ? <FormMessage state={message} /> : null}
    </div>
  );
}

export function AddStepForm({ iso3, path }: { iso3: string; path: PathKind }) {
  const t = useTranslations("state.steps");
  const labels = useTranslations("labels");
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("addDomesticStep");
  const addLabel = t("add", { path: labels(`path.${path}`).toLocaleLowerCase() });
  const id = `add-step-${path.toLowerCase()}`;
  return (
    <form action={formAction} key={formKey} className="mt-3 flex flex-wrap items-end gap-3" aria-label={addLabel}>
      <input type="hidden" name="iso3" value={iso3} />
      <input type="hidden" name="path" value={path} />
      <div className="min-w-64 flex-1">
        <Field id={id} label={addLabel} error={errorOf("title")}>
          {(p) => <input {...p} name="title" defaultValue={valueOf("title", "")} className={inputClass} placeholder={t("addPlaceholder")} />}
        </Field>
      </div>
      <SubmitButton pending={pending} pendingText={t("adding")}>
        {t("addButton")}
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function StartPathForm({ iso3, suggested }: { iso3: string; suggested: PathKind }) {
  const t = useTranslations("state.steps");
  const labels = useTranslations("labels");
  const { state, formAction, pending } = useFormAction("startDomesticPath");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label={t("startAria")}>
      <input type="hidden" name="iso3" value={iso3} />
      <div>
        <label htmlFor={`start-path-${iso3}`} className="block text-sm font-medium">
          {t("template")}
        </label>
        <select id={`start-path-${iso3}`} name="path" defaultValue={suggested} className={inputClass}>
          {(["RATIFICATION", "ACCESSION", "IMPLEMENTATION"] as const).map((p) => (
            <option key={p} value={p}>
              {labels(`path.${p}`)}
              {p === suggested ? t("suggested") : ""}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={pending} pendingText={t("starting")}>
        {t("startButton")}
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
