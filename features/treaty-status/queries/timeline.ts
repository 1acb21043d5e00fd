import "server-only";
import type { PledgeStatus, Prisma, StepStatus } from "@prisma/client";
import { db } from "@/platform/db";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { describeFieldChanges, actionLabel, type FieldChange } from "@/lib/domain/history";
import { newestFirst, upTo } from "@/lib/domain/timeline";
import { treatyEventsBetween, type TreatyEventKind } from "@/lib/domain/treaty-events";
import { visibleAudit, type Viewer } from "@/platform/auth/visibility";
import { actorSelect, toActorOption, type ActorOption } from "@/features/meetings/speakers";
import { countContactsWithState, timelineContacts, type TimelineContact } from "@/features/contacts/queries";
import type { StateWithStatus } from "./states";

/** A changed field, with its key and raw values so the page can word it in the reader's language. */
type TimelineChange = FieldChange & { key: string; was: unknown; is: unknown };

interface Base {
  key: string;
  date: IsoDate;
  at?: string;
}

export type TimelineItem =
  | (Base & { kind: "contact"; contact: TimelineContact })
  | (Base & {
      kind: "statement";
      id: string;
      speakers: ActorOption[];
      summary: string;
      language: string;
      meeting: { id: string; name: string };
      session: string;
    })
  | (Base & { kind: "pledge"; id: string; actor: ActorOption; text: string; status: PledgeStatus; meeting: { id: string; name: string } | null })
  | (Base & { kind: "step"; action: string; label: string; title: string; status: StepStatus | null; user: string | null; changes: TimelineChange[] })
  | (Base & { kind: "record"; action: string; label: string; user: string | null; changes: TimelineChange[] })
  | (Base & { kind: "treaty"; event: TreatyEventKind });

/** The most the timeline shows at once (when asked for all of it). */
export const TIMELINE_MAX = 150;

interface TimelineScope {
  iso3: string;
  actorId: string | null;
  /** A view of the past: nothing dated after this day. */
  until?: IsoDate;
}

const endOf = (day: IsoDate) => new Date(fromIsoDate(day).getTime() + 86_400_000);

/** The rows behind the timeline, per kind; the same conditions count them (timelineCounts). */
function timelineWhere({ iso3, actorId, until }: TimelineScope, viewer: Viewer) {
  const byOrAbout = <T>(own: T, about: T) => (actorId ? [own, about] : [about]);
  const statement: Prisma.StatementWhereInput = {
    AND: [
      {
        OR: [
          ...byOrAbout<Prisma.StatementWhereInput>({ speakerId: actorId ?? "" }, { concerns: { some: { stateIso3: iso3 } } }),
          ...(actorId ? [{ coSpeakers: { some: { actorId } } }] : []),
        ],
      },
      until ? { session: { meeting: { startDate: { lte: fromIsoDate(until) } } } } : {},
    ],
  };
  // A pledge is dated by its meeting, or by when it was recorded when it has none.
  const pledge: Prisma.PledgeWhereInput = {
    AND: [
      { OR: byOrAbout<Prisma.PledgeWhereInput>({ actorId: actorId ?? "" }, { targets: { some: { stateIso3: iso3 } } }) },
      until ? { OR: [{ meeting: { startDate: { lte: fromIsoDate(until) } } }, { meetingId: null, createdAt: { lt: endOf(until) } }] } : {},
    ],
  };
  const change: Prisma.AuditEventWhereInput = {
    AND: [{ stateIso3: iso3, entity: { in: ["DomesticStep", "TreatyStatus"] } }, until ? { at: { lt: endOf(until) } } : {}, visibleAudit(viewer)],
  };
  return { statement, pledge, change };
}

/** How many rows each kind of timeline entry has: a fixed number of COUNT queries. */
export async function timelineCounts(
  scope: TimelineScope,
  viewer: Viewer,
): Promise<{ contacts: number; statements: number; pledges: number; changes: number }> {
  const where = timelineWhere(scope, viewer);
  const [contacts, statements, pledges, changes] = await Promise.all([
    countContactsWithState(scope.iso3, viewer, { until: scope.until }),
    db().statement.count({ where: where.statement }),
    db().pledge.count({ where: where.pledge }),
    db().auditEvent.count({ where: where.change }),
  ]);
  return { contacts, statements, pledges, changes };
}

/** The state's treaty actions shown on the timeline (from its record: no query). */
function treatyItems(state: Pick<StateWithStatus, "record">): TimelineItem[] {
  return treatyEventsBetween([{ record: state.record }], "2008-01-01", "9999-12-31").map((e): TimelineItem => ({
    kind: "treaty",
    key: `treaty-${e.kind}`,
    date: e.date,
    event: e.kind,
  }));
}

/** How many entries the whole timeline has, from timelineCounts and the record. */
export function timelineTotal(
  state: Pick<StateWithStatus, "record">,
  counts: { contacts: number; statements: number; pledges: number; changes: number },
  until?: IsoDate,
): number {
  return counts.contacts + counts.statements + counts.pledges + counts.changes + upTo(treatyItems(state), until).length;
}

/**
 * Everything that happened with a state, newest first: contacts with it, its statements and those about it,
 * pledges by or for it, changes to its domestic steps and treaty record, and its treaty actions; the newest
 * `limit` of them. A fixed number of queries, each reading at most `limit` rows; contacts and audit rows pass
 * through the viewer's visibility rule.
 */
export async function stateTimeline(
  state: Pick<StateWithStatus, "iso3" | "record">,
  viewer: Viewer,
  options: { today: IsoDate; until?: IsoDate; actorId: string | null; limit?: number },
): Promise<TimelineItem[]> {
  return withTreatyEvents(state, await timelineRecords(state.iso3, viewer, options), options);
}

/** The timeline's newest entries once the state's treaty actions (from its record) are merged into `records`. */
export function withTreatyEvents(
  state: Pick<StateWithStatus, "record">,
  records: TimelineItem[],
  options: { until?: IsoDate; limit?: number },
): TimelineItem[] {
  const limit = Math.min(options.limit ?? TIMELINE_MAX, TIMELINE_MAX);
  return newestFirst(upTo([...records, ...treatyItems(state)], options.until)).slice(0, limit);
}

/** The recorded entries of the timeline (everything but the treaty actions), newest first: needs no state row. */
export async function timelineRecords(
  iso3: string,
  viewer: Viewer,
  options: { today: IsoDate; until?: IsoDate; actorId: string | null; limit?: number },
): Promise<TimelineItem[]> {
  const limit = Math.min(options.limit ?? TIMELINE_MAX, TIMELINE_MAX);
  const where = timelineWhere({ iso3, actorId: options.actorId, until: options.until }, viewer);
  // Each kind is read in the order the merge below sorts in (day, then when recorded, then key), so that its first
  // `limit` rows hold every entry of that kind among the timeline's first `limit`.
  const pledgeSelect = {
    id: true,
    text: true,
    status: true,
    createdAt: true,
    actor: { select: actorSelect },
    meeting: { select: { id: true, name: true, startDate: true } },
  } as const;
  const [contacts, statements, pledgesAtMeetings, otherPledges, changes] = await Promise.all([
    timelineContacts(iso3, viewer, { until: options.until, take: limit }),
    db().statement.findMany({
      where: where.statement,
      orderBy: [{ session: { meeting: { startDate: "desc" } } }, { createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        summary: true,
        language: true,
        createdAt: true,
        speaker: { select: actorSelect },
        coSpeakers: { orderBy: { position: "asc" }, select: { actor: { select: actorSelect } } },
        session: { select: { title: true, meeting: { select: { id: true, name: true, startDate: true } } } },
      },
    }),
    // A pledge made at a meeting is dated by the meeting; one made elsewhere by when it was recorded.
    db().pledge.findMany({
      where: { AND: [where.pledge, { meetingId: { not: null } }] },
      orderBy: [{ meeting: { startDate: "desc" } }, { createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: pledgeSelect,
    }),
    db().pledge.findMany({
      where: { AND: [where.pledge, { meetingId: null }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: pledgeSelect,
    }),
    db().auditEvent.findMany({
      where: where.change,
      orderBy: [{ at: "desc" }, { id: "asc" }],
      take: limit,
      select: { id: true, at: true, action: true, entity: true, before: true, after: true, user: { select: { name: true } } },
    }),
  ]);

  const items: TimelineItem[] = [
    ...contacts.map((c): TimelineItem => ({ kind: "contact", key: `contact-${c.id}`, date: c.date, at: c.loggedAt, contact: c })),
    ...statements.map((s): TimelineItem => ({
      kind: "statement",
      key: `statement-${s.id}`,
      date: toIsoDate(s.session.meeting.startDate),
      at: s.createdAt.toISOString(),
      id: s.id,
      speakers: [s.speaker, ...s.coSpeakers.map((c) => c.actor)].map(toActorOption),
      summary: s.summary,
      language: s.language,
      meeting: { id: s.session.meeting.id, name: s.session.meeting.name },
      session: s.session.title,
    })),
    ...[...pledgesAtMeetings, ...otherPledges].map((p): TimelineItem => ({
      kind: "pledge",
      key: `pledge-${p.id}`,
      date: toIsoDate(p.meeting?.startDate ?? p.createdAt),
      at: p.createdAt.toISOString(),
      id: p.id,
      actor: toActorOption(p.actor),
      text: p.text,
      status: p.status,
      meeting: p.meeting ? { id: p.meeting.id, name: p.meeting.name } : null,
    })),
    ...changes.map((h): TimelineItem => {
      const after = (h.after ?? {}) as { title?: string; status?: StepStatus };
      const before = (h.before ?? {}) as { title?: string };
      // Zero-padded so that the merge's order of keys is the order of the ids.
      const common = {
        key: `audit-${String(h.id).padStart(19, "0")}`,
        date: toIsoDate(h.at),
        at: h.at.toISOString(),
        user: h.user?.name ?? null,
        action: h.action,
        changes: describeFieldChanges(h.before, h.after),
      };
      return h.entity === "DomesticStep"
        ? { ...common, kind: "step", label: actionLabel(h.action), title: after.title ?? before.title ?? "", status: after.status ?? null }
        : { ...common, kind: "record", label: actionLabel(h.action) };
    }),
  ];
  return newestFirst(upTo(items, options.until)).slice(0, limit);
}
