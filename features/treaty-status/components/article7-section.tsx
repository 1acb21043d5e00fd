"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatLongDate } from "@/lib/domain/dates";
import type { ObligationStatus } from "@/lib/domain/article7";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

interface Props {
  iso3: string;
  obligations: ObligationStatus[];
  /** From this day a report past due with none recorded is late (an administrator's setting); null when not known. */
  completeFrom: string | null;
  canRecord: boolean;
  today: string;
}

export function Article7Section({ iso3, obligations, completeFrom, canRecord, today }: Props) {
  const t = useTranslations("state.a7");
  const locale = useLocale();
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("recordArticle7Report");
  const recent = [...obligations].reverse().slice(0, 6);
  return (
    <section aria-labelledby="article7-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="article7-heading" className="mb-2 text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="mb-3 text-sm">
        {recent.map((o) => (
          <li key={`${o.kind}-${o.year}`} data-article7={o.state}>
            {t.rich("line", {
              report: o.kind === "INITIAL" ? t("initial") : t("update", { year: String(o.year) }),
              due: formatLongDate(o.due, locale),
              status: t(`state.${o.state}`, { date: o.submittedOn ? formatLongDate(o.submittedOn, locale) : "" }),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      <p className="mb-3 max-w-2xl text-xs text-slate-700">
        {completeFrom ? t("completeFrom", { date: formatLongDate(completeFrom, locale) }) : t("notComplete")}
      </p>
      {canRecord ? (
        <p className="mb-2 text-sm">
          <Link href="/states/article7-import" className="text-sky-900 underline underline-offset-2">
            {t("importLink")}
          </Link>
        </p>
      ) : null}
      {canRecord ? (
        <details>
          <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("recordSummary")}</summary>
          <form action={formAction} key={formKey} className="mt-3 grid gap-3 sm:grid-cols-4" aria-label={t("formLabel")} noValidate>
            <input type="hidden" name="iso3" value={iso3} />
            <Field id="a7-kind" label={t("report")} error={errorOf("kind")}>
              {(p) => (
                <select {...p} name="kind" defaultValue={valueOf("kind", "ANNUAL")} className={inputClass}>
                  <option value="INITIAL">{t("initial")}</option>
                  <option value="ANNUAL">{t("annual")}</option>
                </select>
              )}
            </Field>
            <Field id="a7-year" label={t("year")} error={errorOf("year")}>
              {(p) => <input {...p} name="year" inputMode="numeric" defaultValue={valueOf("year", today.slice(0, 4))} className={inputClass} />}
            </Field>
            <Field id="a7-date" label={t("submittedOn")} error={errorOf("submittedOn")}>
              {(p) => <input {...p} name="submittedOn" type="date" max={today} defaultValue={valueOf("submittedOn", today)} className={inputClass} />}
            </Field>
            <Field id="a7-source" label={t("source")} error={errorOf("source")}>
              {(p) => <input {...p} name="source" defaultValue={valueOf("source", "")} className={inputClass} />}
            </Field>
            <div className="sm:col-span-4">
              <FormMessage state={state} />
            </div>
            <div>
              <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
            </div>
          </form>
        </details>
      ) : null}
    </section>
  );
}
