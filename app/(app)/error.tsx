"use client";

import { useTranslations } from "next-intl";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  return (
    <div role="alert" className="max-w-xl rounded border border-red-200 bg-red-50 p-5">
      <h1 className="mb-2 text-xl font-semibold text-red-900">{t("title")}</h1>
      <p className="mb-4 text-sm text-red-900">{t("text")}</p>
      <button type="button" onClick={reset} className="rounded bg-red-900 px-3 py-1.5 text-sm font-medium text-white">
        {t("retry")}
      </button>
    </div>
  );
}
