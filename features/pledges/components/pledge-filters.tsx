import Link from "next/link";
import { useTranslations } from "next-intl";
import { PLEDGE_KINDS, PLEDGE_STATUSES } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm";

export interface PledgeFilterValues {
  status: string;
  kind: string;
  region: string;
  meeting: string;
  actor: string;
  /** Kept from the address (a state's page links here); there is no field for it. */
  state: string;
  due: string;
}

export function PledgeFilters({
  values,
  actors,
  meetings,
}: {
  values: PledgeFilterValues;
  actors: { id: string; name: string }[];
  meetings: { id: string; name: string; startDate: string }[];
}) {
  const t = useTranslations("pledges.filters");
  const labels = useTranslations("labels");
  return (
    <form
      method="get"
      action="/pledges"
      role="search"
      aria-label={t("label")}
      className="no-print mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      <div>
        <label htmlFor="f-status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="f-status" name="status" defaultValue={values.status} className={field}>
          <option value="">{t("any")}</option>
          {PLEDGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels(`pledgeStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-due" className="block text-sm font-medium">
          {t("due")}
        </label>
        <select id="f-due" name="due" defaultValue={values.due} className={field}>
          <option value="">{t("anyTime")}</option>
          <option value="overdue">{t("overdue")}</option>
          <option value="30">{t("nextDays", { days: 30 })}</option>
          <option value="90">{t("nextDays", { days: 90 })}</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-kind" className="block text-sm font-medium">
          {t("kind")}
        </label>
        <select id="f-kind" name="kind" defaultValue={values.kind} className={field}>
          <option value="">{t("any")}</option>
          {PLEDGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels(`pledgeKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-region" className="block text-sm font-medium">
          {t("region")}
        </label>
        <select id="f-region" name="region" defaultValue={values.region} className={field}>
          <option value="">{t("any")}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {labels(`region.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-actor" className="block text-sm font-medium">
          {t("who")}
        </label>
        <select id="f-actor" name="actor" defaultValue={values.actor} className={field}>
          <option value="">{t("anyone")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-meeting" className="block text-sm font-medium">
          {t("madeAt")}
        </label>
        <select id="f-meeting" name="meeting" defaultValue={values.meeting} className={field}>
          <option value="">{t("anyMeeting")}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.startDate.slice(0, 4)})
            </option>
          ))}
        </select>
      </div>
      {values.state ? <input type="hidden" name="state" value={values.state} /> : null}
      <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("apply")}
        </button>
        <Link href="/pledges" className="text-sm underline underline-offset-2">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
