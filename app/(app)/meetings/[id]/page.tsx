import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LongDate } from "@/components/long-date";
import { MeetingForm, SessionForm, StatementForm } from "@/components/meetings/meeting-forms";
import { StatementCard } from "@/components/meetings/statement-card";
import { PledgeStatusBadge } from "@/components/pledges/pledge-status-badge";
import { requireUser } from "@/lib/auth/session";
import { listActors } from "@/lib/data/actors";
import { getMeeting } from "@/lib/data/meetings";
import { listPledges } from "@/lib/data/pledges";
import { todayIso } from "@/lib/domain/dates";
import { MEETING_KIND_LABEL } from "@/lib/domain/pledges";
import { addSession, updateMeeting } from "@/lib/mutations/meetings";
import { createPledge } from "@/lib/mutations/pledges";
import { importSessionSummary } from "@/lib/mutations/session-import";
import { addStatement, updateStatement } from "@/lib/mutations/statements";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${encodeURIComponent(id)}`);
  const meeting = await getMeeting(id);
  if (!meeting) notFound();
  const canAddSession = addSession.roles.includes(user.role);
  const canAddStatement = addStatement.roles.includes(user.role);
  const canAddPledge = createPledge.roles.includes(user.role);
  const canEditMeeting = updateMeeting.roles.includes(user.role);
  const canEditStatement = updateStatement.roles.includes(user.role);
  const canImport = importSessionSummary.roles.includes(user.role);
  const [pledges, actors] = await Promise.all([
    listPledges({ today: todayIso(), meetingId: meeting.id }),
    canAddSession || canAddStatement || canEditStatement ? listActors() : Promise.resolve([]),
  ]);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href="/meetings" className="underline underline-offset-2">Meetings</Link> / {meeting.name}
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{meeting.name}</h1>
      <p className="mb-6 text-sm text-slate-700">
        {MEETING_KIND_LABEL[meeting.kind]} · {meeting.place || "place not recorded"} · <LongDate value={meeting.startDate} />
        {meeting.endDate !== meeting.startDate ? <> – <LongDate value={meeting.endDate} /></> : null}
      </p>
      {canImport ? (
        <p className="no-print mb-4">
          <Link href={`/meetings/${meeting.id}/import`} className="rounded border border-sky-800 px-3 py-1.5 text-sm font-medium text-sky-900 hover:bg-sky-50">
            Import a session summary
          </Link>
        </p>
      ) : null}
      {canEditMeeting ? (
        <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">Edit the meeting</summary>
          <div className="mt-3">
            <MeetingForm initial={{ id: meeting.id, version: meeting.version, name: meeting.name, kind: meeting.kind, place: meeting.place, startDate: meeting.startDate, endDate: meeting.endDate }} />
          </div>
        </details>
      ) : null}

      {meeting.sessions.length === 0 ? (
        <p className="mb-6 rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          No sessions recorded.{canAddSession ? " Add the meeting's sessions below, then the statements made in each." : ""}
        </p>
      ) : null}
      {meeting.sessions.map((session) => (
        <section key={session.id} aria-labelledby={`session-${session.id}`} className="mb-6 rounded border border-slate-200 bg-white p-5">
          <h2 id={`session-${session.id}`} className="text-lg font-semibold">Session: {session.title}</h2>
          {session.chairs.length > 0 ? (
            <p className="mb-3 text-sm text-slate-700">
              Chaired by {session.chairs.map((c, i) => <span key={c.id}>{i > 0 ? " and " : ""}<Link href={c.href} className="underline">{c.name}</Link></span>)}
            </p>
          ) : null}
          <div className="space-y-4">
            {session.statements.map((statement) => (
              <div key={statement.id}>
                <StatementCard statement={statement} />
                {canAddPledge ? (
                  <Link href={`/pledges/new?statement=${statement.id}&meeting=${meeting.id}&actor=${statement.speaker.id}`} className="no-print ml-3 text-xs text-sky-900 underline">
                    Record a pledge from this statement
                  </Link>
                ) : null}
                {canEditStatement ? (
                  <details className="no-print ml-3">
                    <summary className="cursor-pointer text-xs text-sky-900 underline">Edit this statement</summary>
                    <div className="mt-2">
                      <StatementForm
                        sessionId={session.id}
                        actors={actors}
                        initial={{
                          id: statement.id, version: statement.version, speakerId: statement.speaker.id, coSpeakerIds: statement.speakers.slice(1).map((s) => s.id).join(","), summary: statement.summary,
                          quotes: statement.quotes.map((q) => q.text).join("\n"), concerns: statement.concerns.map((c) => c.iso3).join(", "), language: statement.language,
                        }}
                      />
                    </div>
                  </details>
                ) : null}
              </div>
            ))}
          </div>
          {canAddStatement ? (
            <details className="no-print mt-4">
              <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">Add a statement to this session</summary>
              <div className="mt-3"><StatementForm sessionId={session.id} actors={actors} /></div>
            </details>
          ) : null}
        </section>
      ))}
      {canAddSession ? (
        <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">Add a session</summary>
          <div className="mt-3"><SessionForm meetingId={meeting.id} actors={actors} /></div>
        </details>
      ) : null}

      <section aria-labelledby="pledges-heading" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="pledges-heading" className="mb-3 text-lg font-semibold">Pledges made at this meeting ({pledges.total})</h2>
        {pledges.pledges.length === 0 ? <p className="text-sm text-slate-600">None recorded.</p> : (
          <ul className="divide-y divide-slate-100 text-sm">
            {pledges.pledges.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <Link href={p.actor.href} className="font-medium text-sky-900 underline">{p.actor.name}</Link>
                <Link href={`/pledges/${p.id}`} className="underline-offset-2 hover:underline">{p.text}</Link>
                {p.dueText ? <span className="text-slate-600">due {p.dueText}</span> : null}
                <PledgeStatusBadge status={p.status} overdue={p.overdue} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
