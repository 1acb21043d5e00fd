import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { TimelineItem } from "@/features/treaty-status/queries/timeline";
import { localActorName } from "@/lib/domain/actor-name";
import { localStateName } from "@/lib/domain/state-names";
import { LongDate } from "@/platform/ui/long-date";
import { changeValue } from "@/platform/ui/change-value";
import { ContactStatusBadge, OutcomeBadge, RestrictedBadge } from "@/features/contacts/components/contact-badges";

function Body({ item }: { item: TimelineItem }) {
  const t = useTranslations("state");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const actionText = (action: string, fallback: string) => {
    const key = `action.${action}` as "action.stateNote.add";
    return t.has(key) ? t(key) : fallback;
  };
  const labelText = { has: (key: string) => labels.has(key as never), text: (key: string) => labels(key as never) };
  const yesNo = (value: boolean) => (value ? t("value.yes") : t("value.no"));
  const fieldText = (key: string, fallback: string) => {
    const field = `field.${key}` as "field.source";
    return t.has(field) ? t(field) : fallback;
  };
  switch (item.kind) {
    case "contact": {
      const c = item.contact;
      const done = c.status === "DONE";
      const restricted = c.sensitivity === "RESTRICTED";
      return (
        <>
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/contacts/${c.id}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
              {localActorName(c.actor, locale)} → {c.targets.map((target) => localStateName(target.iso3, target.name, locale)).join(", ")}
            </Link>
            <ContactStatusBadge status={c.status} datePassed={c.plannedDatePassed} />
            {done && c.outcome ? <OutcomeBadge outcome={c.outcome} /> : null}
            {restricted ? <RestrictedBadge /> : null}
            <span className="text-slate-600">{labels(`channel.${c.channel}`)}</span>
          </p>
          <p className="mt-0.5" lang={c.language}>
            {c.summary}
          </p>
          {c.nextStep ? (
            <p className="mt-0.5 text-slate-700">
              {t("timeline.next", { step: c.nextStep })}
              {c.nextStepDue ? t.rich("timeline.nextDue", { date: () => <LongDate value={c.nextStepDue} /> }) : null}
            </p>
          ) : null}
        </>
      );
    }
    case "statement":
      return (
        <p>
          {item.speakers.map((speaker, i) => (
            <span key={speaker.id}>
              {i === 0 ? "" : i === item.speakers.length - 1 ? t("timeline.and") : ", "}
              <Link href={speaker.href} className="font-medium text-sky-900 underline underline-offset-2">
                {localActorName(speaker, locale)}
              </Link>
            </span>
          ))}{" "}
          <span className="text-slate-600">
            {t.rich("timeline.at", {
              meeting: (chunks) => (
                <Link href={`/meetings/${item.meeting.id}`} className="underline">
                  {chunks}
                </Link>
              ),
              name: item.meeting.name,
              session: item.session,
            })}
          </span>{" "}
          <span lang={item.language}>{item.summary}</span>
        </p>
      );
    case "pledge":
      return (
        <p>
          <Link href={item.actor.href} className="font-medium text-sky-900 underline-offset-2 hover:underline">
            {localActorName(item.actor, locale)}
          </Link>{" "}
          {t("timeline.pledged")}{" "}
          <Link href={`/pledges/${item.id}`} className="underline-offset-2 hover:underline">
            {item.text}
          </Link>{" "}
          <span className="text-slate-600">({labels(`pledgeStatus.${item.status}`).toLocaleLowerCase(locale)})</span>
        </p>
      );
    case "step":
      return (
        <p>
          <span className="font-medium">{actionText(item.action, item.label)}</span>
          {item.title ? <>: {item.title}</> : null}
          {item.status ? <span className="text-slate-600"> · {labels(`stepStatus.${item.status}`)}</span> : null}
          <span className="text-slate-600"> · {item.user ?? t("imported")}</span>
        </p>
      );
    case "record":
      return (
        <p>
          <span className="font-medium">{actionText(item.action, item.label)}</span>
          {item.changes.length > 0 ? (
            <>: {item.changes.map((c) => `${fieldText(c.key, c.field)} ${changeValue(c.key, c.is, c.after, labelText, yesNo, locale)}`).join("; ")}</>
          ) : null}
          <span className="text-slate-600"> · {item.user ?? t("imported")}</span>
        </p>
      );
    case "treaty":
      return <p className="font-medium">{labels(`treatyEvent.${item.event}`)}</p>;
  }
}

/** Contacts, statements, pledges, step and status changes of one state, newest first. */
export function StateTimeline({ items, asOf, footer }: { items: TimelineItem[]; asOf?: string; footer?: React.ReactNode }) {
  const t = useTranslations("state.timeline");
  return (
    <section aria-labelledby="timeline-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("aria")}>
          {items.map((item) => (
            <li key={item.key} className="grid gap-x-4 text-sm sm:grid-cols-[10rem_1fr]" data-timeline-kind={item.kind}>
              <p className="text-slate-600">
                <LongDate value={item.date} asOf={asOf} />
                <span className="block text-xs uppercase tracking-wide">{t(`kind.${item.kind}`)}</span>
              </p>
              <div className="border-l-2 border-slate-300 pl-3">
                <Body item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {footer}
    </section>
  );
}
