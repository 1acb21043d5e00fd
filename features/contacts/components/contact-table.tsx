import Link from "next/link";
import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ContactView } from "@/features/contacts/queries";
import { localContactNames } from "@/lib/domain/contact-names";
import { LongDate } from "@/platform/ui/long-date";
import { ScrollRegion } from "@/platform/ui/scroll-region";
import { ContactStatusBadge, OutcomeBadge, OverdueBadge, RestrictedBadge } from "./contact-badges";

export function ContactTable({ contacts, caption }: { contacts: ContactView[]; caption: string }) {
  const t = useTranslations("contacts.table");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const captionId = useId();
  const rows = contacts.map((contact) => ({
    ...localContactNames(contact, locale),
    done: contact.status === "DONE",
    restricted: contact.sensitivity === "RESTRICTED",
  }));
  return (
    <ScrollRegion labelledBy={captionId} className="rounded border border-slate-200 bg-white">
      <table className="data-table">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("whoToWhom")}</th>
            <th scope="col">{t("summary")}</th>
            <th scope="col">{t("channel")}</th>
            <th scope="col">{t("outcome")}</th>
            <th scope="col">{t("nextStep")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-contact={c.id} className="align-top">
              <td className="whitespace-nowrap">
                <LongDate value={c.date} />
                <span className="mt-1 block">
                  <ContactStatusBadge status={c.status} datePassed={c.plannedDatePassed} />
                </span>
              </td>
              <th scope="row">
                <Link href={c.actor.href}>{c.actor.name}</Link>
                <span className="font-normal text-slate-600"> → </span>
                {c.targets.map((t, i) => (
                  <span key={t.iso3} className="font-normal">
                    {i > 0 ? ", " : ""}
                    <Link href={`/states/${t.iso3}`} className="underline-offset-2 hover:underline">
                      {t.name}
                    </Link>
                  </span>
                ))}
              </th>
              <td className="min-w-[20rem] max-w-xl">
                <Link href={`/contacts/${c.id}`} lang={c.language} className="underline-offset-2 hover:underline">
                  {c.summary.length > 180 ? `${c.summary.slice(0, 179)}…` : c.summary}
                </Link>
                {c.place ? <span className="block text-xs text-slate-600">{c.place}</span> : null}
                {c.restricted ? (
                  <span className="mt-1 block">
                    <RestrictedBadge />
                  </span>
                ) : null}
              </td>
              <td className="text-xs">
                {labels(`channel.${c.channel}`)}
                {c.level ? <span className="block text-slate-600">{labels(`level.${c.level}`)}</span> : null}
              </td>
              <td>{c.done ? <OutcomeBadge outcome={c.outcome} /> : <span className="text-xs text-slate-600">{t("notYet")}</span>}</td>
              <td className="min-w-[12rem] text-xs">
                {c.nextStep ? (
                  <>
                    {c.nextStep}
                    {c.nextStepDue ? (
                      <span className="block text-slate-600">
                        {t.rich("due", { date: () => <LongDate value={c.nextStepDue} /> })}
                        {c.nextStepOwner ? ` · ${c.nextStepOwner.name}` : ""}
                      </span>
                    ) : null}
                    {c.nextStepDone ? <span className="block text-slate-600">{t("done")}</span> : null}
                    {c.nextStepOverdue ? (
                      <span className="mt-1 block">
                        <OverdueBadge />
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
