"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { LOCALES } from "@/lib/domain/locale";

export function NoteForm({ iso3, today }: { iso3: string; today: string }) {
  const t = useTranslations("state");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const { state, formAction, pending, formKey, valueOf, errorOf } = useFormAction("addStateNote");
  // After a success the form is emptied; after a failure it keeps what was typed.
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t("notes.add")} noValidate>
      <input type="hidden" name="iso3" value={iso3} />
      <Field id="note-body" label={t("notes.note")} error={errorOf("body")}>
        {(p) => <textarea {...p} name="body" rows={3} defaultValue={valueOf("body", "")} lang={locale} className={inputClass} />}
      </Field>
      <Field id="note-language" label={t("notes.language")} error={errorOf("language")}>
        {(p) => (
          <select {...p} name="language" defaultValue={valueOf("language", locale)} className={`${inputClass} sm:w-60`}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {labels(`language.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <Field id="note-source" label={t("notes.sourceLabel")} error={errorOf("source")}>
            {(p) => <input {...p} name="source" defaultValue={valueOf("source", "")} className={inputClass} placeholder={t("notes.placeholder")} />}
          </Field>
        </div>
        <Field id="note-date" label={t("notes.date")} error={errorOf("notedOn")}>
          {(p) => <input {...p} name="notedOn" type="date" max={today} defaultValue={valueOf("notedOn", today)} className={inputClass} />}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("notes.adding")}>
        {t("notes.submit")}
      </SubmitButton>
    </form>
  );
}
