import { useTranslations } from "next-intl";
import type { StatusCounts, StatusKind } from "@/lib/domain/status";
import { STATUS_KINDS } from "@/lib/domain/status";
import { StatusBadge } from "./status-badge";

export function StatusCountsPanel({ counts }: { counts: StatusCounts }) {
  const t = useTranslations("dashboard");
  const labels = useTranslations("labels");
  return (
    <section aria-labelledby="status-counts-heading" className="mb-6">
      <h2 id="status-counts-heading" className="sr-only">
        {t("counts.heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {STATUS_KINDS.map((kind: StatusKind) => (
          <div key={kind} className="rounded border border-slate-200 bg-white px-3 py-2" data-count={kind}>
            <dt className="text-xs">
              <StatusBadge status={kind} wrap />
            </dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" aria-label={`${counts[kind]} ${labels(`status.${kind}`)}`}>
              {counts[kind]}
            </dd>
          </div>
        ))}
        <div className="rounded border border-slate-200 bg-white px-3 py-2" data-count="byDeposit">
          <dt className="text-xs font-medium text-slate-600">{t("byDeposit")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{counts.byDeposit}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("counts.explanation")}</p>
    </section>
  );
}
