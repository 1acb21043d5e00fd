import Link from "next/link";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LongDate } from "@/platform/ui/long-date";
import { MeetingForm, MeetingSessionForm, StatementForm } from "@/features/meetings/components/meeting-forms";
import { StatementCard } from "@/features/meetings/components/statement-card";
import { PledgeStatusBadge } from "@/features/pledges/components/pledge-status-badge";
import { requireUser } from "@/platform/auth/session";
import { listActors } from "@/features/meetings/speakers";
import { getMeeting } from "@/features/meetings/queries";
import { listPledges } from "@/features/pledges/queries";
import { todayIso } from "@/lib/domain/dates";
import { localStateName } from "@/lib/domain/state-names";
import { addMeetingSession, updateMeeting } from "@/features/meetings/mutations/meetings";
import { createPledge } from "@/features/pledges/mutations";
import { importSummary } from "@/features/summary-import/mutations";
import { addStatement, updateStatement } from "@/features/meetings/mutations/statements";

const meetingSessionHeadingId = (id: string) => `session-${id}`;

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("meetingTitle") };
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${encodeURIComponent(id)}`);
  const meeting = await getMeeting(id);
  if (!meeting) notFound();
  const canAddMeetingSession = addMeetingSession.roles.includes(user.role);
  const canAddStatement = addStatement.roles.includes(user.role);
  const canAddPledge = createPledge.roles.includes(user.role);
  const canEditMeeting = updateMeeting.roles.includes(user.role);
  const canEditStatement = updateStatement.roles.includes(user.role);
  const canImport = importSummary.roles.includes(user.role);
  const [t, labels, locale] = await Promise.all([getTranslations("meetings"), getTranslations("labels"), getLocale()]);
  const nameOf = (a: { name: string; stateIso3: string | null }) => (a.stateIso3 ? localStateName(a.stateIso3, a.name, locale) : a.name);
  const [pledges, actors] = await Promise.all([
    listPledges({ today: todayIso(), meetingId: meeting.id }),
    canAddMeetingSession || canAddStatement || canEditStatement ? listActors() : Promise.resolve([]),
  ]);

  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/meetings" className="underline underline-offset-2">
          {t("title")}
        </Link>{" "}
        / {meeting.name}
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{meeting.name}</h1>
      <p className="mb-6 text-sm text-slate-700">
        {labels(`meetingKind.${meeting.kind}`)} · {meeting.place || t("placeNotRecorded")} · <LongDate value={meeting.startDate} />
        {meeting.endDate !== meeting.startDate ? (
          <>
            {" "}
            – <LongDate value={meeting.endDate} />
          </>
        ) : null}
      </p>
      {canImport ? (
        <p className="no-print mb-4">
          <Link
            href={`/meetings/${meeting.id}/import`}
            className="rounded border border-sky-800 px-3 py-1.5 text-sm font-medium text-sky-900 hover:bg-sky-50"
          >
            {t("importSummary")}
          </Link>
        </p>
      ) : null}
      {canEditMeeting ? (
        <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("editMeeting")}</summary>
          <div className="mt-3">
            <MeetingForm
              initial={{
                id: meeting.id,
                version: meeting.version,
                name: meeting.name,
                kind: meeting.kind,
                place: meeting.place,
                startDate: meeting.startDate,
                endDate: meeting.endDate,
              }}
            />
          </div>
        </details>
      ) : null}

      {meeting.sessions.length === 0 ? (
        <p className="mb-6 rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          {t("noSessions")}
          {canAddMeetingSession ? ` ${t("noSessionsHint")}` : ""}
        </p>
      ) : null}
      {meeting.sessions.map((meetingSession) => (
        <section
          key={meetingSession.id}
          aria-labelledby={meetingSessionHeadingId(meetingSession.id)}
          className="mb-6 rounded border border-slate-200 bg-white p-5"
        >
          <h2 id={meetingSessionHeadingId(meetingSession.id)} className="text-lg font-semibold">
            {t("session", { title: meetingSession.title })}
          </h2>
          {meetingSession.chairs.length > 0 ? (
            <p className="mb-3 text-sm text-slate-700">
              {t("chairedBy")}{" "}
              {meetingSession.chairs.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ` ${t("and")} ` : ""}
                  <Link href={c.href} className="underline">
                    {nameOf(c)}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          <div className="space-y-4">
            {meetingSession.statements.map((statement) => (
              <div key={statement.id}>
                <StatementCard statement={statement} />
                {canAddPledge ? (
                  <Link
                    href={`/pledges/new?statement=${statement.id}&meeting=${meeting.id}&actor=${statement.speaker.id}`}
                    className="no-print ml-3 text-xs text-sky-900 underline"
                  >
                    {t("recordPledge")}
                  </Link>
                ) : null}
                {canEditStatement ? (
                  <details className="no-print ml-3">
                    <summary className="cursor-pointer text-xs text-sky-900 underline">{t("editStatement")}</summary>
                    <div className="mt-2">
                      <StatementForm
                        meetingSessionId={meetingSession.id}
                        actors={actors}
                        initial={{
                          id: statement.id,
                          version: statement.version,
                          speakerId: statement.speaker.id,
                          coSpeakerIds: statement.speakers
                            .slice(1)
                            .map((s) => s.id)
                            .join(","),
                          summary: statement.summary,
                          quotes: statement.quotes.map((q) => q.text).join("\n"),
                          concerns: statement.concerns.map((c) => c.iso3).join(", "),
                          language: statement.language,
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
              <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("addStatement")}</summary>
              <div className="mt-3">
                <StatementForm meetingSessionId={meetingSession.id} actors={actors} />
              </div>
            </details>
          ) : null}
        </section>
      ))}
      {canAddMeetingSession ? (
        <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">{t("addSession")}</summary>
          <div className="mt-3">
            <MeetingSessionForm meetingId={meeting.id} actors={actors} />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="pledges-heading" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="pledges-heading" className="mb-3 text-lg font-semibold">
          {t("pledgesHeading", { count: pledges.total })}
        </h2>
        {pledges.pledges.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneRecorded")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {pledges.pledges.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <Link href={p.actor.href} className="font-medium text-sky-900 underline">
                  {nameOf(p.actor)}
                </Link>
                <Link href={`/pledges/${p.id}`} className="underline-offset-2 hover:underline">
                  {p.text}
                </Link>
                {p.dueText ? (
                  <span className="text-slate-600">
                    {t.rich("due", { due: () => <FuzzyDateText text={p.dueText} earliest={p.dueEarliest} latest={p.dueLatest} /> })}
                  </span>
                ) : null}
                <PledgeStatusBadge status={p.status} overdue={p.overdue} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
