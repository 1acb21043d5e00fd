import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("errors");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="animate-pulse space-y-4">
      <div className="h-7 w-56 rounded bg-slate-200" />
      <div className="grid grid-cols-3 gap-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-16 rounded bg-slate-200" />
        ))}
      </div>
      <div className="h-96 rounded bg-slate-200" />
    </div>
  );
}
