import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactStatusBadge, OutcomeBadge, OverdueBadge, RestrictedBadge } from "@/components/contacts/contact-badges";
import { ContactDeleteForm } from "@/components/contacts/contact-delete-form";
import { ContactDoneForm } from "@/components/contacts/contact-done-form";
import { ContactForm } from "@/components/contacts/contact-form";
import { LongDate } from "@/components/long-date";
import { HistoryTimeline } from "@/components/state/history-timeline";
import { requireUser } from "@/lib/auth/session";
import { listActors } from "@/lib/data/actors";
import { getContact } from "@/lib/data/contacts";
import { pledgeOptions } from "@/lib/data/pledges";
import { stateOptions } from "@/lib/data/states";
import { userOptions } from "@/lib/data/users";
import { canEditContact, CONTACT_CHANNEL_LABEL, CONTACT_LEVEL_LABEL, PLEDGE_LINK_LABEL, SENSITIVITY_LABEL } from "@/lib/domain/contacts";
import { formatLongDate, todayIso } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/contacts/${encodeURIComponent(id)}`);
  const today = todayIso();
  const found = await getContact(id, user, today);
  if (!found) notFound();
  const { contact, history } = found;
  const deleted = contact.deletedAt !== null;
  const canEdit = !deleted && canEditContact(user, { loggedById: contact.loggedBy?.id ?? null });
  const [actors, states, users, pledges] = canEdit ? await Promise.all([listActors(), stateOptions(), userOptions(), pledgeOptions()]) : [[], [], [], []];
  const who = `${contact.actor.name} → ${contact.targets.map((t) => t.name).join(", ")}`;

  return (
    <article className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href="/contacts" className="underline underline-offset-2">Contacts</Link> / {formatLongDate(contact.date)}
      </nav>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{who}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <LongDate value={contact.date} />
        <ContactStatusBadge status={contact.status} />
        {contact.status === "DONE" ? <OutcomeBadge outcome={contact.outcome} /> : null}
        {contact.sensitivity === "RESTRICTED" ? <RestrictedBadge /> : null}
        {contact.nextStepOverdue ? <OverdueBadge /> : null}
      </p>
      {deleted ? (
        <div role="status" className="mb-4 flex flex-wrap items-center gap-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <span>Deleted on {formatLongDate(contact.deletedAt!.slice(0, 10))}{contact.deletedBy ? ` by ${contact.deletedBy}` : ""}. Only administrators see it.</span>
          {user.role === "ADMIN" ? <ContactDeleteForm id={contact.id} version={contact.version} restore /> : null}
        </div>
      ) : null}
      <p className="mb-4 whitespace-pre-line rounded border border-slate-200 bg-white p-4">{contact.summary}</p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">Who reached out</dt>
        <dd><Link href={contact.actor.href} className="underline">{contact.actor.name}</Link></dd>
        <dt className="text-slate-600">Target states</dt>
        <dd>{contact.targets.map((t, i) => <span key={t.iso3}>{i > 0 ? ", " : ""}<Link href={`/states/${t.iso3}`} className="underline">{t.name}</Link></span>)}</dd>
        <dt className="text-slate-600">Channel</dt>
        <dd>{CONTACT_CHANNEL_LABEL[contact.channel]}</dd>
        <dt className="text-slate-600">Level</dt>
        <dd>{contact.level ? CONTACT_LEVEL_LABEL[contact.level] : "Not recorded"}</dd>
        {contact.place ? (<><dt className="text-slate-600">Place</dt><dd>{contact.place}</dd></>) : null}
        <dt className="text-slate-600">Next step</dt>
        <dd>
          {contact.nextStep ? (
            <>
              {contact.nextStep}
              {contact.nextStepDue ? <> · due <LongDate value={contact.nextStepDue} /></> : null}
              {contact.nextStepOwner ? ` · ${contact.nextStepOwner.name}` : ""}
              {contact.nextStepDone ? " · done" : ""}
            </>
          ) : "None"}
        </dd>
        {contact.pledges.length > 0 ? (
          <>
            <dt className="text-slate-600">Pledges</dt>
            <dd>
              <ul>
                {contact.pledges.map((p) => (
                  <li key={p.id}>{PLEDGE_LINK_LABEL[p.link]}: <Link href={`/pledges/${p.id}`} className="underline">{p.actor}: {p.text}</Link></li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">Visible to</dt>
        <dd>{SENSITIVITY_LABEL[contact.sensitivity]}</dd>
        <dt className="text-slate-600">Logged by</dt>
        <dd>{contact.loggedBy?.name ?? "imported"} on <LongDate value={contact.loggedAt.slice(0, 10)} /></dd>
      </dl>

      {canEdit && contact.status === "PLANNED" ? (
        <section aria-labelledby="done-heading" className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="done-heading" className="mb-3 text-lg font-semibold">It has happened</h2>
          <ContactDoneForm
            contact={{ id: contact.id, version: contact.version, date: contact.date, summary: contact.summary, nextStep: contact.nextStep, nextStepDue: contact.nextStepDue, nextStepOwnerId: contact.nextStepOwner?.id ?? null }}
            users={users}
            today={today}
          />
        </section>
      ) : null}
      {canEdit ? (
        <>
          <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">Edit the contact</summary>
            <div className="mt-4">
              <ContactForm
                actors={actors}
                states={states}
                users={users}
                pledges={pledges}
                today={today}
                initial={{
                  id: contact.id, version: contact.version, date: contact.date, status: contact.status, actorId: contact.actor.id,
                  targets: contact.targets.map((t) => t.iso3).join(", "), channel: contact.channel, level: contact.level ?? "", place: contact.place,
                  summary: contact.summary, outcome: contact.outcome ?? "", nextStep: contact.nextStep, nextStepDue: contact.nextStepDue ?? "",
                  nextStepOwnerId: contact.nextStepOwner?.id ?? "", nextStepDone: contact.nextStepDone, sensitivity: contact.sensitivity,
                  fulfils: contact.pledges.filter((p) => p.link === "FULFILS").map((p) => p.id),
                  followsUp: contact.pledges.filter((p) => p.link === "FOLLOWS_UP").map((p) => p.id),
                }}
              />
            </div>
          </details>
          <section aria-labelledby="delete-heading" className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
            <h2 id="delete-heading" className="mb-1 text-lg font-semibold">Delete</h2>
            <p className="mb-3 text-sm text-slate-600">The contact leaves every list; an administrator can restore it, and the history keeps it.</p>
            <ContactDeleteForm id={contact.id} version={contact.version} />
          </section>
        </>
      ) : null}
      <HistoryTimeline entries={history} />
    </article>
  );
}
