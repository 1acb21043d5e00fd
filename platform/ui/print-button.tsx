"use client";

import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-500 px-3 py-1.5 text-sm font-medium">
      {t("print")}
    </button>
  );
}
