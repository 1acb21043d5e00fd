import { useLocale, useTranslations } from "next-intl";
import { PATH_KINDS, orderedSteps, type PathKind, type Stage } from "@/lib/domain/domestic-path";
import type { StepView } from "@/features/treaty-status/queries/state-detail";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { LongDate } from "@/platform/ui/long-date";
import { renderMessage } from "@/platform/i18n/render-message";
import { StepStatusBadge } from "./step-status-badge";
import { AddStepForm, StartPathForm, StepEditForm, StepOrderControls } from "./step-forms";

function StepList({ steps, current, canEdit, path }: { steps: StepView[]; current: string | null; canEdit: boolean; path: PathKind }) {
  const t = useTranslations("state.path");
  const labels = useTranslations("labels");
  return (
    <ol className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" aria-label={t("stepsAria", { path: labels(`path.${path}`) })}>
      {steps.map((step, index) => (
        <li key={step.id} className={`px-4 py-3 ${step.id === current ? "bg-sky-50" : ""}`} data-step={step.title}>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <span className="w-6 text-right text-sm tabular-nums text-slate-500">{index + 1}.</span>
            <span className="font-medium">{step.title}</span>
            {step.id === current ? <span className="rounded bg-sky-800 px-1.5 py-0.5 text-xs font-medium text-white">{t("currentStep")}</span> : null}
            <StepStatusBadge status={step.status} />
            <span className="text-sm text-slate-700">
              <FuzzyDateText text={step.dateText} earliest={step.dateEarliest} latest={step.dateLatest} />
            </span>
            {canEdit ? (
              <span className="ml-auto">
                <StepOrderControls step={step} isFirst={index === 0} isLast={index === steps.length - 1} />
              </span>
            ) : null}
          </div>
          {step.note ? <p className="ml-10 mt-1 text-sm text-slate-800">{step.note}</p> : null}
          {step.source ? <p className="ml-10 mt-0.5 text-xs text-slate-600">{t("source", { source: step.source })}</p> : null}
          {step.updatedBy ? (
            <p className="ml-10 mt-0.5 text-xs text-slate-600">
              {t.rich("lastChanged", { name: step.updatedBy, date: () => <LongDate value={step.updatedAt.slice(0, 10)} /> })}
            </p>
          ) : null}
          {canEdit ? (
            <details className="ml-10 mt-1">
              <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("editStep", { title: step.title })}</summary>
              <StepEditForm step={step} />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function DomesticPathSection({ iso3, steps, stage, canEdit }: { iso3: string; steps: StepView[]; stage: Stage; canEdit: boolean }) {
  const t = useTranslations("state.path");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const pathName = (path: PathKind) => labels(`path.${path}`);
  const stageLabel = renderMessage(stage.label, locale);
  const paths = PATH_KINDS.filter((p) => p === stage.path || steps.some((s) => s.path === p));
  return (
    <section aria-labelledby="path-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="path-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-sm text-slate-700" data-testid="stage">
        {t.rich("stage", { b: (chunks) => <strong>{chunks}</strong>, label: stageLabel })}
        {stage.total > 0 ? <span className="text-slate-600">{t("progress", { done: stage.done, total: stage.total })}</span> : null}
      </p>
      {paths.map((path) => {
        const list = orderedSteps(steps, path);
        return (
          <div key={path} className="mb-5">
            <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{pathName(path)}</h3>
            {list.length > 0 ? (
              <StepList steps={list} current={path === stage.path ? (stage.current?.id ?? null) : null} canEdit={canEdit} path={path} />
            ) : (
              <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">
                {t("noSteps", { path: pathName(path).toLocaleLowerCase(locale) })}
                {canEdit ? t("startHint") : ""}
              </p>
            )}
            {canEdit && list.length > 0 ? <AddStepForm iso3={iso3} path={path} /> : null}
          </div>
        );
      })}
      {canEdit && !steps.some((s) => s.path === stage.path) ? <StartPathForm iso3={iso3} suggested={stage.path} /> : null}
    </section>
  );
}
