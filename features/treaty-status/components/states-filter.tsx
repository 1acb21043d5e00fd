import Link from "next/link";
import { useTranslations } from "next-intl";
import { REGIONS } from "@/lib/domain/reference-data";
import { STATUS_KINDS } from "@/lib/domain/status";

export interface StatesFilterValues {
  q: string;
  region: string;
  status: string;
  asOf: string;
  stalled: boolean;
  sort: string;
}

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a view can be shared by link and works without JavaScript. */
export function StatesFilter({ values, today, stalledAfterMonths }: { values: StatesFilterValues; today: string; stalledAfterMonths: number }) {
  const t = useTranslations("states");
  const labels = useTranslations("labels");
  return (
    <form
      method="get"
      action="/states"
      role="search"
      aria-label={t("filter.label")}
      className="no-print mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      <div className="lg:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          {t("filter.nameOrAlias")}
        </label>
        <input id="q" name="q" type="search" defaultValue={values.q} placeholder={t("filter.placeholder")} className={field} />
      </div>
      <div>
        <label htmlFor="region" className="block text-sm font-medium">
          {t("filter.region")}
        </label>
        <select id="region" name="region" defaultValue={values.region} className={field}>
          <option value="">{t("filter.allRegions")}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {labels(`region.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          {t("filter.status")}
        </label>
        <select id="status" name="status" defaultValue={values.status} className={field}>
          <option value="">{t("filter.anyStatus")}</option>
          {STATUS_KINDS.map((s) => (
            <option key={s} value={s}>
              {labels(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="asOf" className="block text-sm font-medium">
          {t("filter.asOf")}
        </label>
        <input id="asOf" name="asOf" type="date" min="2008-05-30" max={today} defaultValue={values.asOf} className={field} />
      </div>
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-5">
        <input id="stalled" name="stalled" type="checkbox" value="1" defaultChecked={values.stalled} className="h-4 w-4" />
        <label htmlFor="stalled" className="text-sm">
          {t("filter.stalledOnly", { months: stalledAfterMonths })}
        </label>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("filter.apply")}
        </button>
        <Link href="/states" className="text-sm underline underline-offset-2">
          {t("filter.clear")}
        </Link>
      </div>
    </form>
  );
}
