import "server-only";
import type { MeetingKind, Prisma } from "@prisma/client";
import { db } from "@/platform/db";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { actorSelect, toActorOption, type ActorOption } from "./speakers";
import { jointPledges, type StatementPledge } from "./joint-pledges";

export interface MeetingSummary {
  id: string;
  name: string;
  kind: MeetingKind;
  place: string;
  startDate: IsoDate;
  endDate: IsoDate;
  statements: number;
  pledges: number;
}

const meetingSummarySelect = {
  id: true,
  name: true,
  kind: true,
  place: true,
  startDate: true,
  endDate: true,
  _count: { select: { pledges: true } },
  sessions: { select: { _count: { select: { statements: true } } } },
} satisfies Prisma.MeetingSelect;
const MEETING_ORDER: Prisma.MeetingOrderByWithRelationInput[] = [{ startDate: "desc" }, { id: "asc" }];

const toMeetingSummary = (m: Prisma.MeetingGetPayload<{ select: typeof meetingSummarySelect }>): MeetingSummary => ({
  id: m.id,
  name: m.name,
  kind: m.kind,
  place: m.place,
  startDate: toIsoDate(m.startDate),
  endDate: toIsoDate(m.endDate),
  statements: m.sessions.reduce((n, s) => n + s._count.statements, 0),
  pledges: m._count.pledges,
});

export async function listMeetings(): Promise<MeetingSummary[]> {
  const rows = await db().meeting.findMany({ orderBy: MEETING_ORDER, select: meetingSummarySelect });
  return rows.map(toMeetingSummary);
}

export interface MeetingFilter {
  kind?: MeetingKind;
  /** Meetings that end on or after this day. */
  from?: IsoDate;
  /** Meetings that start on or before this day. */
  to?: IsoDate;
}

/** One page of meetings, newest first, with the number matching the filter: two queries. */
export async function listMeetingsPage(
  filter: MeetingFilter,
  page: { page: number; limit: number },
): Promise<{ meetings: MeetingSummary[]; total: number }> {
  const where: Prisma.MeetingWhereInput = {
    AND: [
      filter.kind ? { kind: filter.kind } : {},
      filter.from ? { endDate: { gte: fromIsoDate(filter.from) } } : {},
      filter.to ? { startDate: { lte: fromIsoDate(filter.to) } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().meeting.findMany({ where, orderBy: MEETING_ORDER, select: meetingSummarySelect, skip: (page.page - 1) * page.limit, take: page.limit }),
    db().meeting.count({ where }),
  ]);
  return { meetings: rows.map(toMeetingSummary), total };
}

const statementSelect = {
  id: true,
  position: true,
  summary: true,
  language: true,
  version: true,
  speaker: { select: actorSelect },
  coSpeakers: { orderBy: { position: "asc" }, select: { actor: { select: actorSelect } } },
  quotes: { orderBy: { position: "asc" }, select: { id: true, text: true } },
  concerns: { select: { state: { select: { iso3: true, name: true } } } },
  pledges: {
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, status: true, dueText: true, dueEarliest: true, dueLatest: true, actor: { select: actorSelect } },
  },
} satisfies Prisma.StatementSelect;

export interface StatementView {
  id: string;
  version: number;
  summary: string;
  language: string;
  /** The first speaker: the one a pledge from this statement is attributed to by default. */
  speaker: ActorOption;
  /** Everyone who made the statement, the first speaker first. */
  speakers: ActorOption[];
  quotes: { id: string; text: string }[];
  concerns: { iso3: string; name: string }[];
  /** Said once per pledge, with everyone who made it. */
  pledges: StatementPledge<ActorOption>[];
}

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;
const toStatementView = (s: StatementRow): StatementView => ({
  id: s.id,
  version: s.version,
  summary: s.summary,
  language: s.language,
  speaker: toActorOption(s.speaker),
  speakers: [s.speaker, ...s.coSpeakers.map((c) => c.actor)].map(toActorOption),
  quotes: s.quotes,
  concerns: s.concerns.map((c) => c.state),
  pledges: jointPledges(
    s.pledges.map((p) => ({
      ...p,
      actor: toActorOption(p.actor),
      dueEarliest: p.dueEarliest ? toIsoDate(p.dueEarliest) : null,
      dueLatest: p.dueLatest ? toIsoDate(p.dueLatest) : null,
    })),
  ),
});

export async function getMeeting(id: string) {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return null;
  const meeting = await db().meeting.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      place: true,
      startDate: true,
      endDate: true,
      version: true,
      sessions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          chairs: { select: { actor: { select: actorSelect } } },
          statements: { orderBy: { position: "asc" }, select: statementSelect },
        },
      },
    },
  });
  if (!meeting) return null;
  return {
    ...meeting,
    startDate: toIsoDate(meeting.startDate),
    endDate: toIsoDate(meeting.endDate),
    sessions: meeting.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      chairs: s.chairs.map((c) => toActorOption(c.actor)),
      statements: s.statements.map(toStatementView),
    })),
  };
}

export interface StatementWithMeeting extends StatementView {
  meeting: { id: string; name: string; startDate: IsoDate };
  session: string;
}

/** The most statements a page lists at once. */
export const STATEMENTS_MAX = 200;

function concerningWhere(options: { actorId?: string; iso3?: string }): Prisma.StatementWhereInput | null {
  const or: Prisma.StatementWhereInput[] = [];
  if (options.actorId) or.push({ speakerId: options.actorId }, { coSpeakers: { some: { actorId: options.actorId } } });
  if (options.iso3) or.push({ concerns: { some: { stateIso3: options.iso3 } } });
  return or.length === 0 ? null : { OR: or };
}

/** Statements an actor made, or that concern a state, newest meeting first; at most `take` of them. */
export async function statementsConcerning(options: { actorId?: string; iso3?: string; take?: number }): Promise<StatementWithMeeting[]> {
  const where = concerningWhere(options);
  if (!where) return [];
  const rows = await db().statement.findMany({
    where,
    orderBy: [
      { session: { meeting: { startDate: "desc" } } },
      { session: { meetingId: "asc" } },
      { session: { position: "asc" } },
      { position: "asc" },
      { id: "asc" },
    ],
    take: Math.min(options.take ?? STATEMENTS_MAX, STATEMENTS_MAX),
    select: { ...statementSelect, session: { select: { title: true, meeting: { select: { id: true, name: true, startDate: true } } } } },
  });
  return rows.map((r) => ({
    ...toStatementView(r),
    session: r.session.title,
    meeting: { ...r.session.meeting, startDate: toIsoDate(r.session.meeting.startDate) },
  }));
}

/** How many statements an actor made or concern a state. */
export async function countStatementsConcerning(options: { actorId?: string; iso3?: string }): Promise<number> {
  const where = concerningWhere(options);
  return where ? db().statement.count({ where }) : 0;
}

export async function meetingOptions(): Promise<{ id: string; name: string; startDate: IsoDate }[]> {
  const rows = await db().meeting.findMany({ orderBy: { startDate: "desc" }, select: { id: true, name: true, startDate: true } });
  return rows.map((m) => ({ ...m, startDate: toIsoDate(m.startDate) }));
}
