import "server-only";
import { db } from "@/platform/db";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { parseSummary } from "@/lib/domain/summary-parser";
import { buildImportReview, type ImportActor, type ImportReview, type StepOnRecord } from "@/lib/domain/summary-import";
import { otherLanguageNames } from "@/lib/domain/state-names";
import { statusOn, type StatusKind, type TreatyRecord } from "@/lib/domain/status";

const day = (d: Date | null) => (d ? toIsoDate(d) : null);
const NEAR_DAYS = 120;

/** Everyone a summary may name: states by name, alias and French/Spanish name; organisations by name, short name, alias. */
async function importActors(): Promise<{ actors: ImportActor[]; statusOn: (iso3: string, on: IsoDate) => StatusKind | null }> {
  const rows = await db().actor.findMany({
    select: {
      id: true,
      kind: true,
      stateIso3: true,
      state: {
        select: {
          name: true,
          aliases: true,
          statuses: {
            where: { treaty: { code: "CCM" } },
            select: { signed: true, deposited: true, instrument: true, entryIntoForce: true, withdrawalEffective: true },
          },
        },
      },
      organisation: { select: { name: true, shortName: true, aliases: true } },
    },
  });
  const records = new Map<string, TreatyRecord>();
  const actors: ImportActor[] = rows.flatMap((row): ImportActor[] => {
    if (row.state && row.stateIso3) {
      const s = row.state.statuses[0];
      records.set(row.stateIso3, {
        signed: day(s?.signed ?? null),
        deposited: day(s?.deposited ?? null),
        instrument: s?.instrument ?? null,
        entryIntoForce: day(s?.entryIntoForce ?? null),
        withdrawalEffective: day(s?.withdrawalEffective ?? null),
      });
      return [
        {
          id: row.id,
          key: row.stateIso3,
          name: row.state.name,
          aliases: [...row.state.aliases, ...otherLanguageNames(row.stateIso3)],
          kind: "STATE",
        },
      ];
    }
    if (row.organisation) {
      const o = row.organisation;
      return [{ id: row.id, key: row.id, name: o.name, aliases: [o.shortName, ...o.aliases].filter(Boolean), kind: "ORGANISATION" }];
    }
    return [];
  });
  return {
    actors,
    statusOn: (iso3, on) => {
      const record = records.get(iso3);
      return record ? statusOn(record, on) : null;
    },
  };
}

export interface ImportTarget {
  id: string;
  name: string;
  startDate: IsoDate;
  sessions: { id: string; title: string; chairs: number }[];
}

export async function getImportTarget(meetingId: string): Promise<ImportTarget | null> {
  if (!/^[a-z0-9]{10,40}$/i.test(meetingId)) return null;
  const meeting = await db().meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      name: true,
      startDate: true,
      sessions: { orderBy: { position: "asc" }, select: { id: true, title: true, _count: { select: { chairs: true } } } },
    },
  });
  if (!meeting) return null;
  return {
    id: meeting.id,
    name: meeting.name,
    startDate: toIsoDate(meeting.startDate),
    sessions: meeting.sessions.map((s) => ({ id: s.id, title: s.title, chairs: s._count.chairs })),
  };
}

/** Parses a summary for a meeting and compares every proposal with what the database already holds. */
export async function reviewSummary(meeting: ImportTarget, text: string): Promise<ImportReview> {
  const { actors, statusOn: statusOf } = await importActors();
  const parsed = parseSummary(text, actors, meeting.startDate);
  const speakerStates = [...new Set(parsed.statements.flatMap((s) => s.speakers.flatMap((m) => (m.actor?.kind === "STATE" ? [m.actor.key] : []))))];
  const from = new Date(Date.parse(`${meeting.startDate}T00:00:00Z`) - NEAR_DAYS * 86_400_000);
  const to = new Date(Date.parse(`${meeting.startDate}T00:00:00Z`) + NEAR_DAYS * 86_400_000);
  const [saved, statements, pledges, steps, contacts] = await Promise.all([
    db().importedProposal.findMany({ where: { meetingId: meeting.id }, select: { fingerprint: true, entityId: true } }),
    db().statement.findMany({
      where: { session: { meetingId: meeting.id } },
      select: { id: true, speakerId: true, coSpeakers: { select: { actorId: true } }, session: { select: { title: true } } },
    }),
    db().pledge.findMany({ where: { meetingId: meeting.id }, select: { id: true, actorId: true, text: true, dueText: true } }),
    db().domesticStep.findMany({
      where: { stateIso3: { in: speakerStates }, treaty: { code: "CCM" } },
      select: { id: true, stateIso3: true, path: true, title: true, status: true, version: true },
    }),
    db().contact.findMany({
      where: { deletedAt: null, status: "DONE", date: { gte: from, lte: to }, sensitivity: "SHARED", actor: { stateIso3: { in: speakerStates } } },
      select: { id: true, actorId: true, date: true, targets: { select: { stateIso3: true } } },
    }),
  ]);
  const stepsByState = new Map<string, StepOnRecord[]>();
  for (const s of steps) stepsByState.set(s.stateIso3, [...(stepsByState.get(s.stateIso3) ?? []), s]);
  return buildImportReview(parsed, {
    meetingId: meeting.id,
    meetingDate: meeting.startDate,
    actors,
    statusOf: (iso3) => statusOf(iso3, meeting.startDate),
    saved: new Map(saved.map((s) => [s.fingerprint, s.entityId])),
    statementsInMeeting: statements.map((s) => ({
      id: s.id,
      speakerIds: [s.speakerId, ...s.coSpeakers.map((c) => c.actorId)],
      sessionTitle: s.session.title,
    })),
    pledgesInMeeting: pledges,
    stepsOf: (iso3) => stepsByState.get(iso3) ?? [],
    contactsNear: contacts.flatMap((c) => c.targets.map((t) => ({ id: c.id, actorId: c.actorId, targetIso3: t.stateIso3, date: toIsoDate(c.date) }))),
  });
}
