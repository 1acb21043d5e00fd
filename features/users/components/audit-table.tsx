import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatTimestamp } from "@/platform/ui/timestamp";
import type { AuditRow } from "@/features/users/queries/audit";
import { useActionLabel, useEntityLabel } from "./action-label";
import { ChangeList } from "@/platform/ui/change-list";
import { ScrollRegion } from "@/platform/ui/scroll-region";

function RecordLink({ event, linkUsers }: { event: AuditRow; linkUsers: boolean }) {
  const t = useTranslations("admin.audit.table");
  const entityLabel = useEntityLabel();
  if (event.stateIso3) {
    return (
      <Link href={`/states/${event.stateIso3}`} className="underline underline-offset-2">
        {entityLabel(event.entity)} · {event.stateIso3}
      </Link>
    );
  }
  if (event.entity === "User" && event.subject) {
    const label = t("userRecord", { subject: event.subject });
    return linkUsers ? (
      <Link href={`/admin/users/${event.entityId}`} className="underline underline-offset-2">
        {label}
      </Link>
    ) : (
      <span>{label}</span>
    );
  }
  return (
    <span>
      {entityLabel(event.entity)}
      {event.entityId ? <span className="text-slate-600"> · {event.entityId}</span> : null}
    </span>
  );
}

export function AuditTable({ events, linkUsers }: { events: AuditRow[]; linkUsers: boolean }) {
  const t = useTranslations("admin.audit.table");
  const locale = useLocale();
  const actionLabel = useActionLabel();
  return (
    <ScrollRegion labelledBy="audit-caption" className="rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption id="audit-caption" className="sr-only">
          {t("caption")}
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("when")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("who")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("action")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("record")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("beforeAfter")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map((event) => {
            return (
              <tr key={event.id} data-audit-action={event.action}>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={event.at}>{formatTimestamp(event.at, locale)}</time>
                </td>
                <td className="px-3 py-2">{event.user?.name ?? <span className="text-slate-600">—</span>}</td>
                <td className="px-3 py-2 font-medium">{actionLabel(event.action)}</td>
                <td className="px-3 py-2">
                  <RecordLink event={event} linkUsers={linkUsers} />
                </td>
                <td className="px-3 py-2">
                  <ChangeList before={event.before} after={event.after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
