import "server-only";
import type { PledgeStatus, Prisma, StepStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { describeFieldChanges, actionLabel, type FieldChange } from "@/lib/domain/history";
import { newestFirst, upTo } from "@/lib/domain/timeline";
import { treatyEventsBetween, type TreatyEventKind } from "@/lib/domain/treaty-events";
import { visibleAudit, type Viewer } from "@/lib/visibility";
import { actorSelect, toActorOption, type ActorOption } from "./actors";
import { contactsWithState, type ContactView } from "./contacts";
import type { StateWithStatus } from "./states";

/** A changed field, with its key and raw values so the page can word it in the reader's language. */
type TimelineChange = FieldChange & { key: string; was: unknown; is: unknown };

interface Base {
  key: string;
  date: IsoDate;
  at?: string;
}

export type TimelineItem =
  | (Base & { kind: "contact"; contact: ContactView })
  | (Base & { kind: "statement"; id: string; speakers: ActorOption[]; summary: string; language: string; meeting: { id: string; name: string }; session: string })
  | (Base & { kind: "pledge"; id: string; actor: ActorOption; text: string; status: PledgeStatus; meeting: { id: string; name: string } | null })
  | (Base & { kind: "step"; action: string; label: string; title: string; status: StepStatus | null; user: string | null; changes: TimelineChange[] })
  | (Base & { kind: "record"; action: string; label: string; user: string | null; changes: TimelineChange[] })
  | (Base & { kind: "treaty"; event: TreatyEventKind });

const LIMIT = 150;

/**
 * Everything that happened with a state, newest first: contacts with it, its statements and those about it,
 * pledges by or for it, changes to its domestic steps and treaty record, and its treaty actions.
 * A fixed number of queries; contacts and audit rows pass through the viewer's visibility rule.
 */
export async function stateTimeline(
  state: Pick<StateWithStatus, "iso3" | "record">,
  viewer: Viewer,
  options: { today: IsoDate; until?: IsoDate; actorId: string | null },
): Promise<TimelineItem[]> {
  const iso3 = state.iso3;
  const byOrAbout = <T>(own: T, about: T) => (options.actorId ? [own, about] : [about]);
  const [contacts, statements, pledges, changes] = await Promise.all([
    contactsWithState(iso3, viewer, options.today, { until: options.until, take: LIMIT }),
    db().statement.findMany({
      where: {
        OR: [
          ...byOrAbout<Prisma.StatementWhereInput>({ speakerId: options.actorId ?? "" }, { concerns: { some: { stateIso3: iso3 } } }),
          ...(options.actorId ? [{ coSpeakers: { some: { actorId: options.actorId } } }] : []),
        ],
      },
      orderBy: [{ session: { meeting: { startDate: "desc" } } }, { session: { meetingId: "asc" } }, { session: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: {
        id: true, summary: true, language: true, createdAt: true, speaker: { select: actorSelect },
        coSpeakers: { orderBy: { position: "asc" }, select: { actor: { select: actorSelect } } },
        session: { select: { title: true, meeting: { select: { id: true, name: true, startDate: true } } } },
      },
    }),
    db().pledge.findMany({
      where: { OR: byOrAbout({ actorId: options.actorId ?? "" }, { targets: { some: { stateIso3: iso3 } } }) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, text: true, status: true, createdAt: true, actor: { select: actorSelect }, meeting: { select: { id: true, name: true, startDate: true } } },
    }),
    db().auditEvent.findMany({
      where: { AND: [{ stateIso3: iso3, entity: { in: ["DomesticStep", "TreatyStatus"] } }, visibleAudit(viewer)] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: LIMIT,
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
    ...pledges.map((p): TimelineItem => ({
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
      const common = { key: `audit-${h.id}`, date: toIsoDate(h.at), at: h.at.toISOString(), user: h.user?.name ?? null, action: h.action, changes: describeFieldChanges(h.before, h.after) };
      return h.entity === "DomesticStep"
        ? { ...common, kind: "step", label: actionLabel(h.action), title: after.title ?? before.title ?? "", status: after.status ?? null }
        : { ...common, kind: "record", label: actionLabel(h.action) };
    }),
    ...treatyEventsBetween([{ record: state.record }], "2008-01-01", "9999-12-31").map(
      (e): TimelineItem => ({ kind: "treaty", key: `treaty-${e.kind}`, date: e.date, event: e.kind }),
    ),
  ];
  return newestFirst(upTo(items, options.until)).slice(0, LIMIT);
}
