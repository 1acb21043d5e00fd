"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatLongDate } from "@/lib/domain/dates";
import type { PlannedReport } from "@/lib/domain/article7-import";
import { inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

/** The dry run as the check route returns it, reasons already in the reader's words. */
export interface CheckedUpload {
  accepted: number;
  refused: number;
  rows: ({ line: number; written: { state: string; year: string; received: string; link: string } } & (
    { ok: true; report: PlannedReport } | { ok: false; reason: string }
  ))[];
}

const EXAMPLE = "state,year,date received,link\nTCD,,2014-02-20,https://example.org/chad-initial\nGermany,2025,2025-04-28,";

export function Article7ImportWorkspace() {
  const t = useTranslations("article7Import");
  const locale = useLocale();
  const [text, setText] = useState("");
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ text: string; at: number; upload: CheckedUpload } | null>(null);
  const { state, formAction, pending } = useFormAction("importArticle7Reports");
  // The outcome of recording what was last checked (a check after it starts a new dry run).
  const savedAfterCheck = checked !== null && state.status === "done" && state.submittedAt >= checked.at;
  const recorded = savedAfterCheck && state.status === "done" && state.ok;
  const stale = checked !== null && checked.text !== text;

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setChecking(true);
    const form = new FormData();
    form.set("csv", text);
    try {
      const response = await fetch("/states/article7-import/check", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { message?: string; checked?: CheckedUpload } | null;
      if (!response.ok || !body?.checked) {
        setChecked(null);
        setProblem(body?.message ?? t("couldNotCheck"));
      } else {
        setChecked({ text, at: Date.now(), upload: body.checked });
      }
    } catch {
      setProblem(t("couldNotCheck"));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={check} className="space-y-3 rounded border border-slate-200 bg-white p-5" aria-label={t("check")} noValidate>
        <div>
          <label htmlFor="a7-import-file" className="mb-1 block text-sm font-medium">
            {t("file")}
          </label>
          <input id="a7-import-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={chooseFile} className="text-sm" />
        </div>
        <div>
          <label htmlFor="a7-import-text" className="mb-1 block text-sm font-medium">
            {t("text")}
          </label>
          <textarea
            id="a7-import-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            spellCheck={false}
            className={`${inputClass} font-mono`}
            placeholder={EXAMPLE}
          />
          <p className="mt-1 text-xs text-slate-700">
            {t("example")}: <code className="whitespace-pre-wrap">{EXAMPLE}</code>
          </p>
        </div>
        {problem ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {problem}
          </p>
        ) : null}
        <SubmitButton pending={checking} pendingText={t("checking")}>
          {t("check")}
        </SubmitButton>
      </form>

      {checked ? (
        <section aria-labelledby="a7-dry-run" className="rounded border border-slate-200 bg-white p-5">
          <h2 id="a7-dry-run" className="mb-2 text-lg font-semibold">
            {t("resultHeading")}
          </h2>
          {recorded ? null : (
            <p role="status" className="mb-3 text-sm">
              {t("summary", { accepted: checked.upload.accepted, refused: checked.upload.refused })}
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-3">
                    {t("col.line")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("col.state")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("col.report")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("col.received")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("col.link")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("col.result")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {checked.upload.rows.map((row) => (
                  <tr key={row.line} data-verdict={row.ok ? "accepted" : "refused"} className="border-b border-slate-100 align-top">
                    <td className="py-1 pr-3">{row.line}</td>
                    <td className="py-1 pr-3">
                      {row.ok ? (
                        <Link href={`/states/${row.report.iso3}`} className="underline">
                          {row.report.name}
                        </Link>
                      ) : (
                        row.written.state
                      )}
                    </td>
                    <td className="py-1 pr-3">
                      {row.ok ? (row.report.year === null ? t("initial") : t("update", { year: String(row.report.year) })) : row.written.year}
                    </td>
                    <td className="py-1 pr-3">{row.ok ? formatLongDate(row.report.submittedOn, locale) : row.written.received}</td>
                    <td className="max-w-xs break-all py-1 pr-3">{row.written.link}</td>
                    <td className={`py-1 ${row.ok ? "text-emerald-900" : "font-medium text-red-900"}`}>
                      {row.ok ? t("willRecord") : t("refused", { reason: row.reason })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 space-y-3">
            {savedAfterCheck ? <FormMessage state={state} /> : null}
            {stale ? (
              <p className="text-sm">{t("changed")}</p>
            ) : checked.upload.refused > 0 ? (
              <p className="text-sm font-medium">{t("fixFirst")}</p>
            ) : checked.upload.accepted > 0 && !recorded ? (
              <form action={formAction} aria-label={t("resultHeading")}>
                <input type="hidden" name="csv" value={checked.text} />
                <SubmitButton pending={pending} pendingText={t("recording")}>
                  {t("record", { n: checked.upload.accepted })}
                </SubmitButton>
              </form>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
