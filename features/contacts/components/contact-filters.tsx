import Link from "next/link";
import { useTranslations } from "next-intl";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_STATUSES } from "@/lib/domain/contacts";
import { REGIONS } from "@/lib/domain/reference-data";

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm";

export interface ContactFilterValues {
  q: string;
  target: string;
  actor: string;
  region: string;
  channel: string;
  outcome: string;
  status: string;
  from: string;
  to: string;
  overdue: boolean;
  deleted: boolean;
}

/** A GET form: the filters live in the URL, which the CSV export reads too. */
export function ContactFilters({
  values,
  actors,
  states,
  showDeleted,
}: {
  values: ContactFilterValues;
  actors: { id: string; name: string }[];
  states: { iso3: string; name: string }[];
  showDeleted: boolean;
}) {
  const t = useTranslations("contacts.filters");
  const labels = useTranslations("labels");
  return (
    <form
      method="get"
      action="/contacts"
      role="search"
      aria-label={t("label")}
      className="no-print mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="c-q" className="block text-sm font-medium">
          {t("search")}
        </label>
        <input id="c-q" name="q" type="search" defaultValue={values.q} className={field} placeholder={t("searchPlaceholder")} />
      </div>
      <div>
        <label htmlFor="c-target" className="block text-sm font-medium">
          {t("target")}
        </label>
        <select id="c-target" name="target" defaultValue={values.target} className={field}>
          <option value="">{t("any")}</option>
          {states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-actor" className="block text-sm font-medium">
          {t("actor")}
        </label>
        <select id="c-actor" name="actor" defaultValue={values.actor} className={field}>
          <option value="">{t("anyone")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-region" className="block text-sm font-medium">
          {t("region")}
        </label>
        <select id="c-region" name="region" defaultValue={values.region} className={field}>
          <option value="">{t("any")}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {labels(`region.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-channel" className="block text-sm font-medium">
          {t("channel")}
        </label>
        <select id="c-channel" name="channel" defaultValue={values.channel} className={field}>
          <option value="">{t("any")}</option>
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {labels(`channel.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-outcome" className="block text-sm font-medium">
          {t("outcome")}
        </label>
        <select id="c-outcome" name="outcome" defaultValue={values.outcome} className={field}>
          <option value="">{t("any")}</option>
          {CONTACT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {labels(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="c-status" name="status" defaultValue={values.status} className={field}>
          <option value="">{t("plannedOrDone")}</option>
          {CONTACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels(`contactStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-from" className="block text-sm font-medium">
          {t("from")}
        </label>
        <input id="c-from" name="from" type="date" defaultValue={values.from} className={field} />
      </div>
      <div>
        <label htmlFor="c-to" className="block text-sm font-medium">
          {t("to")}
        </label>
        <input id="c-to" name="to" type="date" defaultValue={values.to} className={field} />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 sm:col-span-2 lg:col-span-2">
        <label className="flex items-center gap-2 text-sm">
          <input name="overdue" type="checkbox" value="1" defaultChecked={values.overdue} className="h-4 w-4" />
          {t("overdue")}
        </label>
        {showDeleted ? (
          <label className="flex items-center gap-2 text-sm">
            <input name="deleted" type="checkbox" value="1" defaultChecked={values.deleted} className="h-4 w-4" />
            {t("deleted")}
          </label>
        ) : null}
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("apply")}
        </button>
        <Link href="/contacts" className="text-sm underline underline-offset-2">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
