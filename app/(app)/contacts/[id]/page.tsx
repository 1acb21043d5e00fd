import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContactStatusBadge, OutcomeBadge, OverdueBadge, RestrictedBadge } from "@/features/contacts/components/contact-badges";
import { ContactDeleteForm } from "@/features/contacts/components/contact-delete-form";
import { ContactDoneForm } from "@/features/contacts/components/contact-done-form";
import { ContactForm } from "@/features/contacts/components/contact-form";
import { LongDate } from "@/platform/ui/long-date";
import { HistoryTimeline } from "@/features/treaty-status/components/history-timeline";
import { requireUser } from "@/platform/auth/session";
import { listActors } from "@/features/meetings/speakers";
import { getContact } from "@/features/contacts/queries";
import { stateOptions } from "@/features/treaty-status/queries/states";
import { userOptions } from "@/features/users/queries/users";
import { localActors, localContactNames, localStates } from "@/lib/domain/contact-names";
import { canEditContact } from "@/lib/domain/contacts";
import { formatLongDate, todayIso } from "@/lib/domain/dates";
import { pledgeOptionLabel } from "@/lib/domain/pledge-options";

export async function generateMetadata() {
  const t = await getTranslations("contacts.detail");
  return { title: t("title") };
}

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/contacts/${encodeURIComponent(id)}`);
  const today = todayIso();
  const found = await getContact(id, user, today);
  if (!found) notFound();
  const [locale, t, tl, labels] = await Promise.all([
    getLocale(),
    getTranslations("contacts.detail"),
    getTranslations("contacts.list"),
    getTranslations("labels"),
  ]);
  const contact = localContactNames(found.contact, locale);
  const { history } = found;
  const deleted = contact.deletedAt !== null;
  const canEdit = !deleted && canEditContact(user, { loggedById: contact.loggedBy?.id ?? null });
  const [allActors, allStates, users] = canEdit ? await Promise.all([listActors(), stateOptions(), userOptions()]) : [[], [], []];
  const linkedPledges = contact.pledges.map((p) => ({ id: p.id, label: pledgeOptionLabel(p, (status) => labels(`pledgeStatus.${status}`)) }));
  const actors = localActors(allActors, locale);
  const states = localStates(allStates, locale);
  const done = contact.status === "DONE";
  const planned = contact.status === "PLANNED";
  const restricted = contact.sensitivity === "RESTRICTED";
  const isAdmin = user.role === "ADMIN";
  const who = `${contact.actor.name} → ${contact.targets.map((target) => target.name).join(", ")}`;

  return (
    <article className="max-w-4xl">
      <nav aria-label={tl("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/contacts" className="underline underline-offset-2">
          {tl("title")}
        </Link>{" "}
        / {formatLongDate(contact.date, locale)}
      </nav>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{who}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <LongDate value={contact.date} />
        <ContactStatusBadge status={contact.status} datePassed={contact.plannedDatePassed} />
        {done ? <OutcomeBadge outcome={contact.outcome} /> : null}
        {restricted ? <RestrictedBadge /> : null}
        {contact.nextStepOverdue ? <OverdueBadge /> : null}
      </p>
      {deleted ? (
        <div role="status" className="mb-4 flex flex-wrap items-center gap-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <span>
            {contact.deletedBy
              ? t("deletedOnBy", { date: formatLongDate(contact.deletedAt!.slice(0, 10), locale), name: contact.deletedBy })
              : t("deletedOn", { date: formatLongDate(contact.deletedAt!.slice(0, 10), locale) })}
          </span>
          {isAdmin ? <ContactDeleteForm id={contact.id} version={contact.version} restore /> : null}
        </div>
      ) : null}
      <p lang={contact.language} className="mb-4 whitespace-pre-line rounded border border-slate-200 bg-white p-4">
        {contact.summary}
      </p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">{t("whoReachedOut")}</dt>
        <dd>
          <Link href={contact.actor.href} className="underline">
            {contact.actor.name}
          </Link>
        </dd>
        <dt className="text-slate-600">{t("targetStates")}</dt>
        <dd>
          {contact.targets.map((target, i) => (
            <span key={target.iso3}>
              {i > 0 ? ", " : ""}
              <Link href={`/states/${target.iso3}`} className="underline">
                {target.name}
              </Link>
            </span>
          ))}
        </dd>
        <dt className="text-slate-600">{t("channel")}</dt>
        <dd>{labels(`channel.${contact.channel}`)}</dd>
        <dt className="text-slate-600">{t("level")}</dt>
        <dd>{contact.level ? labels(`level.${contact.level}`) : t("notRecorded")}</dd>
        {contact.place ? (
          <>
            <dt className="text-slate-600">{t("place")}</dt>
            <dd>{contact.place}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("nextStep")}</dt>
        <dd>
          {contact.nextStep ? (
            <>
              {contact.nextStep}
              {contact.nextStepDue ? <> · {t.rich("due", { date: () => <LongDate value={contact.nextStepDue} /> })}</> : null}
              {contact.nextStepOwner ? ` · ${contact.nextStepOwner.name}` : ""}
              {contact.nextStepDone ? ` · ${t("done")}` : ""}
            </>
          ) : (
            t("none")
          )}
        </dd>
        {contact.pledges.length > 0 ? (
          <>
            <dt className="text-slate-600">{t("pledges")}</dt>
            <dd>
              <ul>
                {contact.pledges.map((p) => (
                  <li key={p.id}>
                    {t.rich("pledgeLine", {
                      link: labels(`pledgeLink.${p.link}`),
                      actor: p.actor,
                      text: p.text,
                      pledge: (chunks) => (
                        <Link href={`/pledges/${p.id}`} className="underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("visibleTo")}</dt>
        <dd>{labels(`sensitivity.${contact.sensitivity}`)}</dd>
        <dt className="text-slate-600">{t("loggedBy")}</dt>
        <dd>
          {t.rich("loggedOn", { name: contact.loggedBy?.name ?? t("imported"), date: () => <LongDate value={contact.loggedAt.slice(0, 10)} /> })}
        </dd>
      </dl>

      {canEdit && planned ? (
        <section aria-labelledby="done-heading" className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="done-heading" className="mb-3 text-lg font-semibold">
            {t("happened")}
          </h2>
          <ContactDoneForm
            contact={{
              id: contact.id,
              version: contact.version,
              date: contact.date,
              summary: contact.summary,
              nextStep: contact.nextStep,
              nextStepDue: contact.nextStepDue,
              nextStepOwnerId: contact.nextStepOwner?.id ?? null,
            }}
            users={users}
            today={today}
          />
        </section>
      ) : null}
      {canEdit ? (
        <>
          <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">{t("edit")}</summary>
            <div className="mt-4">
              <ContactForm
                actors={actors}
                states={states}
                users={users}
                linkedPledges={linkedPledges}
                today={today}
                initial={{
                  id: contact.id,
                  version: contact.version,
                  date: contact.date,
                  status: contact.status,
                  actorId: contact.actor.id,
                  targets: contact.targets.map((target) => target.iso3).join(", "),
                  channel: contact.channel,
                  level: contact.level ?? "",
                  place: contact.place,
                  summary: contact.summary,
                  outcome: contact.outcome ?? "",
                  nextStep: contact.nextStep,
                  nextStepDue: contact.nextStepDue ?? "",
                  nextStepOwnerId: contact.nextStepOwner?.id ?? "",
                  nextStepDone: contact.nextStepDone,
                  sensitivity: contact.sensitivity,
                  language: contact.language,
                  fulfils: contact.pledges.filter((p) => p.link === "FULFILS").map((p) => p.id),
                  followsUp: contact.pledges.filter((p) => p.link === "FOLLOWS_UP").map((p) => p.id),
                }}
              />
            </div>
          </details>
          <section aria-labelledby="delete-heading" className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <h2 id="delete-heading" className="mb-1 text-lg font-semibold">
              {t("delete")}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t("deleteHint")}</p>
            <ContactDeleteForm id={contact.id} version={contact.version} />
          </section>
        </>
      ) : null}
      <HistoryTimeline entries={history} />
    </article>
  );
}
