import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditFilterOptions } from "@/features/users/queries/audit";
import type { AuditFilter } from "@/lib/domain/audit-filter";
import { useActionLabel, useEntityLabel } from "./action-label";

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm";

/** A plain GET form: the filter lives in the URL, so a view of the log can be shared by link. */
export function AuditFilterForm({ filter, options, today }: { filter: AuditFilter; options: AuditFilterOptions; today: string }) {
  const t = useTranslations("admin.audit.filter");
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label={t("label")}
      className="mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="lg:col-span-2">
        <label htmlFor="audit-user" className="block text-sm font-medium">
          {t("user")}
        </label>
        <select id="audit-user" name="user" defaultValue={filter.user ?? ""} className={field}>
          <option value="">{t("everyone")}</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity" className="block text-sm font-medium">
          {t("recordType")}
        </label>
        <select id="audit-entity" name="entity" defaultValue={filter.entity ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {options.entities.map((e) => (
            <option key={e} value={e}>
              {entityLabel(e)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          {t("action")}
        </label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          {t("from")}
        </label>
        <input id="audit-from" name="from" type="date" max={today} defaultValue={filter.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          {t("to")}
        </label>
        <input id="audit-to" name="to" type="date" max={today} defaultValue={filter.to ?? ""} className={field} />
      </div>
      <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-slate-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("apply")}
        </button>
        <Link href="/admin/audit" className="text-sm underline underline-offset-2">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
