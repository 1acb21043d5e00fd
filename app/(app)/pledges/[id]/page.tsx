import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { LongDate } from "@/platform/ui/long-date";
import { PledgeForm } from "@/features/pledges/components/pledge-form";
import { PledgeStatusBadge } from "@/features/pledges/components/pledge-status-badge";
import { PledgeStatusForm } from "@/features/pledges/components/pledge-status-form";
import { HistoryTimeline } from "@/features/treaty-status/components/history-timeline";
import { requireUser } from "@/platform/auth/session";
import { listActors } from "@/features/meetings/speakers";
import { meetingOptions } from "@/features/meetings/queries";
import { getPledge } from "@/features/pledges/queries";
import { contactsForPledge } from "@/features/contacts/queries";
import { ContactTable } from "@/features/contacts/components/contact-table";
import { todayIso } from "@/lib/domain/dates";
import { localActors, localPledgeNames } from "@/lib/domain/pledge-names";
import type { TreatyAction } from "@/lib/domain/pledges";
import { updatePledge } from "@/features/pledges/mutations";

export async function generateMetadata() {
  const t = await getTranslations("pledges");
  return { title: t("pledgeTitle") };
}

export default async function PledgePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/pledges/${encodeURIComponent(id)}`);
  const today = todayIso();
  const [found, contacts] = await Promise.all([getPledge(id, today), contactsForPledge(id, user, today)]);
  if (!found) notFound();
  const [t, labels, locale] = await Promise.all([getTranslations("pledges"), getTranslations("labels"), getLocale()]);
  const { statement, history } = found;
  const pledge = localPledgeNames(found.pledge, locale);
  const canEdit = updatePledge.roles.includes(user.role);
  const [actors, meetings] = canEdit ? await Promise.all([listActors().then((all) => localActors(all, locale)), meetingOptions()]) : [[], []];

  return (
    <article className="max-w-4xl">
      <nav aria-label={t("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/pledges" className="underline underline-offset-2">
          {t("title")}
        </Link>{" "}
        / {pledge.actor.name}
      </nav>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{pledge.text}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Link href={pledge.actor.href} className="font-medium text-sky-900 underline">
          {pledge.actor.name}
        </Link>
        <PledgeStatusBadge status={pledge.status} overdue={pledge.overdue} />
        <span>
          {labels(`pledgeKind.${pledge.kind}`)}
          {pledge.treatyAction ? ` · ${labels(`treatyAction.${pledge.treatyAction as TreatyAction}`)}` : ""}
        </span>
      </p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">{t("due")}</dt>
        <dd>
          <FuzzyDateText text={pledge.dueText} earliest={pledge.dueEarliest} latest={pledge.dueLatest} />
        </dd>
        {pledge.reviewOn ? (
          <>
            <dt className="text-slate-600">{t("reviewOn")}</dt>
            <dd>
              <LongDate value={pledge.reviewOn} />
              {pledge.reviewDue ? ` ${t("reviewDue")}` : ""}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("madeAt")}</dt>
        <dd>
          {pledge.meeting ? (
            <Link href={`/meetings/${pledge.meeting.id}`} className="underline">
              {pledge.meeting.name}
            </Link>
          ) : (
            "—"
          )}
          {statement ? ` · ${t("session", { title: statement.session.title })}` : ""}
        </dd>
        {pledge.targets.length > 0 ? (
          <>
            <dt className="text-slate-600">{t("targetStates")}</dt>
            <dd>
              {pledge.targets.map((t, i) => (
                <span key={t.iso3}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/states/${t.iso3}`} className="underline">
                    {t.name}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {pledge.targetRegion ? (
          <>
            <dt className="text-slate-600">{t("targetRegion")}</dt>
            <dd>{labels(`region.${pledge.targetRegion}`)}</dd>
          </>
        ) : null}
        {pledge.evidence ? (
          <>
            <dt className="text-slate-600">{t("evidence")}</dt>
            <dd>{pledge.evidence}</dd>
          </>
        ) : null}
        {pledge.closedOn ? (
          <>
            <dt className="text-slate-600">{t("closedOn")}</dt>
            <dd>
              <LongDate value={pledge.closedOn} />
            </dd>
          </>
        ) : null}
      </dl>
      {statement ? (
        <section aria-labelledby="statement-heading" className="mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="statement-heading" className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">
            {t("fromStatement")}
          </h2>
          <p className="text-sm" lang={statement.language}>
            {statement.summary}
          </p>
        </section>
      ) : null}
      {canEdit ? (
        <>
          <section aria-labelledby="status-heading" className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <h2 id="status-heading" className="mb-3 text-lg font-semibold">
              {t("status")}
            </h2>
            <PledgeStatusForm id={pledge.id} version={pledge.version} status={pledge.status} evidence={pledge.evidence} today={today} />
          </section>
          <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">{t("edit")}</summary>
            <div className="mt-4">
              <PledgeForm
                actors={actors}
                meetings={meetings}
                initial={{
                  id: pledge.id,
                  version: pledge.version,
                  actorId: pledge.actor.id,
                  text: pledge.text,
                  kind: pledge.kind,
                  treatyAction: pledge.treatyAction ?? "",
                  targetRegion: pledge.targetRegion ?? "",
                  targets: pledge.targets.map((t) => t.iso3).join(", "),
                  due: pledge.dueText,
                  reviewOn: pledge.reviewOn ?? "",
                  meetingId: pledge.meeting?.id ?? "",
                  statementId: pledge.statementId ?? "",
                }}
              />
            </div>
          </details>
        </>
      ) : null}
      <section aria-labelledby="contacts-heading" className="mb-6">
        <h2 id="contacts-heading" className="mb-2 text-lg font-semibold">
          {t("contactsHeading")}
        </h2>
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noContacts")}</p>
        ) : (
          <ContactTable contacts={contacts} caption={t("contactsCaption")} />
        )}
      </section>
      <HistoryTimeline entries={history} />
    </article>
  );
}
