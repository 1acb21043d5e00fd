import Link from "next/link";
import { REGIONS } from "@/lib/domain/reference-data";
import { STATUS_KINDS, STATUS_LABEL } from "@/lib/domain/status";

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
  return (
    <form method="get" action="/states" role="search" aria-label="Filter states" className="no-print mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      <div className="lg:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          Name or alias
        </label>
        <input id="q" name="q" type="search" defaultValue={values.q} placeholder="e.g. DR Congo, Lao PDR" className={field} />
      </div>
      <div>
        <label htmlFor="region" className="block text-sm font-medium">
          Region
        </label>
        <select id="region" name="region" defaultValue={values.region} className={field}>
          <option value="">All regions</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          Status
        </label>
        <select id="status" name="status" defaultValue={values.status} className={field}>
          <option value="">Any status</option>
          {STATUS_KINDS.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="asOf" className="block text-sm font-medium">
          As of
        </label>
        <input id="asOf" name="asOf" type="date" min="2008-05-30" max={today} defaultValue={values.asOf} className={field} />
      </div>
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-5">
        <input id="stalled" name="stalled" type="checkbox" value="1" defaultChecked={values.stalled} className="h-4 w-4" />
        <label htmlFor="stalled" className="text-sm">
          Only stalled states (signatories and non-parties with no recorded activity for {stalledAfterMonths} months)
        </label>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          Apply
        </button>
        <Link href="/states" className="text-sm underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
