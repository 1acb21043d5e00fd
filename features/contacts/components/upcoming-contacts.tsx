import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ContactView } from "@/features/contacts/queries";
import { localContactNames } from "@/lib/domain/contact-names";
import { LongDate } from "@/platform/ui/long-date";

/** The dashboard's view of work ahead: planned contacts and overdue next steps. */
export function UpcomingContacts({
  planned,
  plannedTotal,
  overdueNextSteps,
}: {
  planned: ContactView[];
  plannedTotal: number;
  overdueNextSteps: number;
}) {
  const t = useTranslations("contacts.upcoming");
  const labels = useTranslations("labels");
  const locale = useLocale();
  return (
    <section aria-labelledby="upcoming-heading" className="mb-6 max-w-3xl rounded border border-slate-200 bg-white">
      <h2 id="upcoming-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      {planned.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {planned
            .map((contact) => localContactNames(contact, locale))
            .map((c) => (
              <li key={c.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2 text-sm">
                <span className="w-40 shrink-0 text-slate-600">
                  <LongDate value={c.date} />
                </span>
                <Link href={`/contacts/${c.id}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                  {c.actor.name} → {c.targets.map((target) => target.name).join(", ")}
                </Link>
                <span className="text-slate-600">{labels(`channel.${c.channel}`)}</span>
              </li>
            ))}
        </ol>
      )}
      <p className="flex flex-wrap gap-x-6 border-t border-slate-200 px-4 py-2 text-sm">
        <Link href="/contacts?status=PLANNED" className="underline underline-offset-2">
          {t("allPlanned", { count: plannedTotal })}
        </Link>
        <Link href="/contacts?overdue=1" className="underline underline-offset-2">
          {t("overdue", { count: overdueNextSteps })}
        </Link>
      </p>
    </section>
  );
}
