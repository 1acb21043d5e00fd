import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/platform/ui/status-badge";
import { requireUser } from "@/platform/auth/session";
import { todayIso } from "@/lib/domain/dates";
import { localStateName } from "@/lib/domain/state-names";
import type { Region } from "@/lib/domain/reference-data";
import { renderMessage } from "@/platform/i18n/render-message";
import { targetList } from "@/features/reports/targets";

export async function generateMetadata() {
  const t = await getTranslations("reports.targets");
  return { title: t("title") };
}

export default async function TargetsPage() {
  const user = await requireUser("/reports/targets");
  const [targets, t, labels, locale] = await Promise.all([
    targetList(todayIso(), user),
    getTranslations("reports.targets"),
    getTranslations("labels"),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <ol className="space-y-2">
        {targets.map((target) => (
          <li key={target.iso3} className="rounded border border-slate-200 bg-white px-4 py-2" data-target={target.iso3}>
            <div className="flex flex-wrap items-center gap-3">
              <span className="w-8 text-right font-semibold tabular-nums">{target.rank}.</span>
              <Link href={`/states/${target.iso3}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                {localStateName(target.iso3, target.name, locale)}
              </Link>
              <StatusBadge status={target.status} />
              <span className="text-sm text-slate-600">{labels(`region.${target.region as Region}`)}</span>
            </div>
            <ul className="ml-11 list-disc pl-4 text-sm text-slate-700">
              {target.reasons
                .map((reason) => renderMessage(reason, locale))
                .map((r) => (
                  <li key={r}>{r}</li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
