import Link from "next/link";
import type { TimelineItem } from "@/lib/data/timeline";
import { CONTACT_CHANNEL_LABEL } from "@/lib/domain/contacts";
import { PLEDGE_STATUS_LABEL } from "@/lib/domain/pledges";
import { STEP_STATUS_LABEL } from "@/lib/domain/domestic-path";
import { TREATY_EVENT_LABEL } from "@/lib/domain/treaty-events";
import { LongDate } from "@/components/long-date";
import { ContactStatusBadge, OutcomeBadge, RestrictedBadge } from "@/components/contacts/contact-badges";

const KIND_LABEL: Record<TimelineItem["kind"], string> = {
  contact: "Contact",
  statement: "Statement",
  pledge: "Pledge",
  step: "Domestic step",
  record: "Treaty record",
  treaty: "Treaty status",
};

function Body({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case "contact": {
      const c = item.contact;
      return (
        <>
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/contacts/${c.id}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
              {c.actor.name} → {c.targets.map((t) => t.name).join(", ")}
            </Link>
            <ContactStatusBadge status={c.status} />
            {c.status === "DONE" && c.outcome ? <OutcomeBadge outcome={c.outcome} /> : null}
            {c.sensitivity === "RESTRICTED" ? <RestrictedBadge /> : null}
            <span className="text-slate-600">{CONTACT_CHANNEL_LABEL[c.channel]}</span>
          </p>
          <p className="mt-0.5">{c.summary}</p>
          {c.nextStep ? <p className="mt-0.5 text-slate-700">Next: {c.nextStep}{c.nextStepDue ? <> (due <LongDate value={c.nextStepDue} />)</> : null}</p> : null}
        </>
      );
    }
    case "statement":
      return (
        <p>
          {item.speakers.map((speaker, i) => (
            <span key={speaker.id}>
              {i === 0 ? "" : i === item.speakers.length - 1 ? " and " : ", "}
              <Link href={speaker.href} className="font-medium text-sky-900 underline-offset-2 hover:underline">{speaker.name}</Link>
            </span>
          ))}{" "}
          <span className="text-slate-600">at <Link href={`/meetings/${item.meeting.id}`} className="underline">{item.meeting.name}</Link> ({item.session}):</span>{" "}
          {item.summary}
        </p>
      );
    case "pledge":
      return (
        <p>
          <Link href={item.actor.href} className="font-medium text-sky-900 underline-offset-2 hover:underline">{item.actor.name}</Link>{" "}
          pledged: <Link href={`/pledges/${item.id}`} className="underline-offset-2 hover:underline">{item.text}</Link>{" "}
          <span className="text-slate-600">({PLEDGE_STATUS_LABEL[item.status].toLowerCase()})</span>
        </p>
      );
    case "step":
      return (
        <p>
          <span className="font-medium">{item.label}</span>
          {item.title ? <>: {item.title}</> : null}
          {item.status ? <span className="text-slate-600"> · {STEP_STATUS_LABEL[item.status]}</span> : null}
          <span className="text-slate-600"> · {item.user ?? "imported"}</span>
        </p>
      );
    case "record":
      return (
        <p>
          <span className="font-medium">{item.label}</span>
          {item.changes.length > 0 ? <>: {item.changes.map((c) => `${c.field} ${c.after}`).join("; ")}</> : null}
          <span className="text-slate-600"> · {item.user ?? "imported"}</span>
        </p>
      );
    case "treaty":
      return <p className="font-medium">{TREATY_EVENT_LABEL[item.event]}</p>;
  }
}

/** Contacts, statements, pledges, step and status changes of one state, newest first. */
export function StateTimeline({ items, asOf }: { items: TimelineItem[]; asOf?: string }) {
  return (
    <section aria-labelledby="timeline-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Timeline</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing recorded yet.</p>
      ) : (
        <ol className="space-y-3" aria-label="Events, newest first">
          {items.map((item) => (
            <li key={item.key} className="grid gap-x-4 text-sm sm:grid-cols-[10rem_1fr]" data-timeline-kind={item.kind}>
              <p className="text-slate-600">
                <LongDate value={item.date} asOf={asOf} />
                <span className="block text-xs uppercase tracking-wide">{KIND_LABEL[item.kind]}</span>
              </p>
              <div className="border-l-2 border-slate-300 pl-3">
                <Body item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
