import "server-only";
import { historySelect, toHistoryEntry } from "@/platform/audit";
import type { DatePrecision, PledgeKind, PledgeStatus, Prisma, Region } from "@prisma/client";
import { db } from "@/platform/db";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { isOverdue, isReviewDue } from "@/lib/domain/pledges";
import { otherLanguageNames } from "@/lib/domain/state-names";
import {
  actorsNamed,
  isPledgeSearch,
  likeEscaped,
  mergeSuggestions,
  PLEDGE_SEARCH_MAX,
  PLEDGE_SUGGESTIONS,
  type PledgeOptionsQuery,
} from "@/lib/domain/pledge-options";
import { actorSelect, toActorOption, type ActorOption } from "../meetings/speakers";

export interface PledgeView {
  id: string;
  text: string;
  kind: PledgeKind;
  treatyAction: string | null;
  status: PledgeStatus;
  dueText: string;
  duePrecision: DatePrecision;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  reviewOn: IsoDate | null;
  overdue: boolean;
  reviewDue: boolean;
  evidence: string;
  closedOn: IsoDate | null;
  version: number;
  actor: ActorOption;
  meeting: { id: string; name: string } | null;
  statementId: string | null;
  targetRegion: Region | null;
  targets: { iso3: string; name: string }[];
}

const pledgeSelect = {
  id: true,
  text: true,
  kind: true,
  treatyAction: true,
  status: true,
  dueText: true,
  duePrecision: true,
  dueEarliest: true,
  dueLatest: true,
  reviewOn: true,
  evidence: true,
  closedOn: true,
  version: true,
  statementId: true,
  targetRegion: true,
  actor: { select: actorSelect },
  meeting: { select: { id: true, name: true } },
  targets: { select: { state: { select: { iso3: true, name: true } } } },
} satisfies Prisma.PledgeSelect;

type PledgeRow = Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>;
const day = (d: Date | null) => (d ? toIsoDate(d) : null);

export function toPledgeView(p: PledgeRow, today: IsoDate): PledgeView {
  const timing = { status: p.status, dueLatest: day(p.dueLatest), reviewOn: day(p.reviewOn) };
  return {
    id: p.id,
    text: p.text,
    kind: p.kind,
    treatyAction: p.treatyAction,
    status: p.status,
    dueText: p.dueText,
    duePrecision: p.duePrecision,
    dueEarliest: day(p.dueEarliest),
    dueLatest: day(p.dueLatest),
    reviewOn: day(p.reviewOn),
    overdue: isOverdue(timing, today),
    reviewDue: isReviewDue(timing, today),
    evidence: p.evidence,
    closedOn: day(p.closedOn),
    version: p.version,
    actor: toActorOption(p.actor),
    meeting: p.meeting,
    statementId: p.statementId,
    targetRegion: p.targetRegion,
    targets: p.targets.map((t) => t.state),
  };
}

export interface PledgeFilter {
  today: IsoDate;
  status?: PledgeStatus;
  kind?: PledgeKind;
  region?: Region;
  meetingId?: string;
  actorId?: string;
  stateIso3?: string;
  overdue?: boolean;
  dueWithinDays?: number;
  page?: number;
  /** The read API chooses its page size (1–100); the board shows PLEDGE_PAGE_SIZE. */
  pageSize?: number;
}

export const PLEDGE_PAGE_SIZE = 100;

/** Pledges concerning any of these states: made by one of them or aimed at one of them. */
function concerningStates(iso3: readonly string[]): Prisma.PledgeWhereInput {
  return { OR: [{ actor: { stateIso3: { in: [...iso3] } } }, { targets: { some: { stateIso3: { in: [...iso3] } } } }] };
}

function whereFor(filter: PledgeFilter): Prisma.PledgeWhereInput {
  const and: Prisma.PledgeWhereInput[] = [];
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.meetingId) and.push({ meetingId: filter.meetingId });
  if (filter.actorId) and.push({ actorId: filter.actorId });
  if (filter.stateIso3) and.push(concerningStates([filter.stateIso3]));
  if (filter.region) and.push({ OR: [{ targetRegion: filter.region }, { targets: { some: { state: { region: filter.region } } } }] });
  if (filter.overdue || filter.dueWithinDays) and.push({ status: { in: ["OPEN", "IN_PROGRESS"] } });
  if (filter.overdue) and.push({ dueLatest: { lt: fromIsoDate(filter.today) } });
  if (filter.dueWithinDays) {
    const limit = fromIsoDate(filter.today);
    limit.setUTCDate(limit.getUTCDate() + filter.dueWithinDays);
    and.push({ dueLatest: { gte: fromIsoDate(filter.today), lte: limit } });
  }
  return { AND: and };
}

export interface PledgeList {
  pledges: PledgeView[];
  countsByStatus: Record<PledgeStatus, number>;
  total: number;
  page: number;
  pageCount: number;
}

/** The board: counts per status for the filter, and one page of pledges sorted by due date. */
export async function listPledges(filter: PledgeFilter): Promise<PledgeList> {
  const where = whereFor(filter);
  const pageWhere: Prisma.PledgeWhereInput = filter.status ? { AND: [where, { status: filter.status }] } : where;
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = filter.pageSize ?? PLEDGE_PAGE_SIZE;
  const [rows, groups, total] = await Promise.all([
    db().pledge.findMany({
      where: pageWhere,
      select: pledgeSelect,
      orderBy: [{ dueLatest: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().pledge.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().pledge.count({ where: pageWhere }),
  ]);
  const countsByStatus = { OPEN: 0, IN_PROGRESS: 0, KEPT: 0, SLIPPED: 0, WITHDRAWN: 0 } as Record<PledgeStatus, number>;
  for (const g of groups) countsByStatus[g.status] = g._count._all;
  return {
    pledges: rows.map((r) => toPledgeView(r, filter.today)),
    countsByStatus,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export async function getPledge(id: string, today: IsoDate) {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return null;
  const [row, history] = await Promise.all([
    db().pledge.findUnique({
      where: { id },
      select: { ...pledgeSelect, statement: { select: { id: true, summary: true, language: true, session: { select: { title: true } } } } },
    }),
    db().auditEvent.findMany({
      where: { entity: "Pledge", entityId: id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 100,
      select: historySelect,
    }),
  ]);
  if (!row) return null;
  return {
    pledge: toPledgeView(row, today),
    statement: row.statement,
    history: history.map(toHistoryEntry),
  };
}

/** The most pledges a page lists at once. */
export const PLEDGES_CONCERNING_MAX = 200;

function concerningWhere(options: { actorId?: string; iso3?: string }): Prisma.PledgeWhereInput | null {
  const or: Prisma.PledgeWhereInput[] = [];
  if (options.actorId) or.push({ actorId: options.actorId });
  if (options.iso3) or.push({ targets: { some: { stateIso3: options.iso3 } } });
  return or.length === 0 ? null : { OR: or };
}

/** Pledges made by an actor or aimed at a state, soonest due first; at most `take` of them. */
export async function pledgesConcerning(options: { actorId?: string; iso3?: string; take?: number }, today: IsoDate): Promise<PledgeView[]> {
  const where = concerningWhere(options);
  if (!where) return [];
  const take = Math.min(options.take ?? PLEDGES_CONCERNING_MAX, PLEDGES_CONCERNING_MAX);
  const rows = await db().pledge.findMany({
    where,
    select: pledgeSelect,
    orderBy: [{ dueLatest: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take,
  });
  return rows.map((r) => toPledgeView(r, today));
}

/** How many pledges an actor made or are aimed at a state. */
export async function countPledgesConcerning(options: { actorId?: string; iso3?: string }): Promise<number> {
  const where = concerningWhere(options);
  return where ? db().pledge.count({ where }) : 0;
}

/** A pledge as the contact form's picker offers it; labelled by the caller, in the reader's language. */
export interface PledgeChoice {
  id: string;
  text: string;
  status: PledgeStatus;
  actor: { name: string; stateIso3: string | null };
}

const choiceSelect = { id: true, text: true, status: true, actor: { select: actorSelect } } satisfies Prisma.PledgeSelect;
// Open ones first (the enum's order: open, in progress, then closed), then the soonest due.
const choiceOrder: Prisma.PledgeOrderByWithRelationInput[] = [
  { status: "asc" },
  { dueLatest: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
];
const toChoice = (p: Prisma.PledgeGetPayload<{ select: typeof choiceSelect }>): PledgeChoice => {
  const actor = toActorOption(p.actor);
  return { id: p.id, text: p.text, status: p.status, actor: { name: actor.name, stateIso3: actor.stateIso3 } };
};

/**
 * Pledges to link a contact to. With search text (PLEDGE_QUERY_MIN characters or more): any pledge whose text, or
 * whose maker's name (in English, French or Spanish, an alias or the code), holds it, at most PLEDGE_SEARCH_MAX.
 * Without: suggestions, the pledges concerning the target states (made by them or aimed at them) and those of the
 * contact's actor, at most PLEDGE_SUGGESTIONS. Open ones first either way.
 */
export async function findPledgeChoices(query: PledgeOptionsQuery): Promise<PledgeChoice[]> {
  if (isPledgeSearch(query)) {
    // Who made a pledge is matched here, on the ~200 actors, so that the pledges are searched by two indexes
    // (the text's trigrams, the actor) rather than by reading every pledge with its actor.
    const actors = await db().actor.findMany({
      select: {
        id: true,
        stateIso3: true,
        state: { select: { name: true, aliases: true } },
        organisation: { select: { name: true, shortName: true, aliases: true } },
      },
    });
    const named = actorsNamed(
      query.q,
      actors.map((a) => ({
        id: a.id,
        stateIso3: a.stateIso3,
        names: a.state
          ? [a.state.name, ...a.state.aliases]
          : a.organisation
            ? [a.organisation.name, a.organisation.shortName, ...a.organisation.aliases]
            : [],
      })),
      otherLanguageNames,
    );
    const or: Prisma.PledgeWhereInput[] = [{ text: { contains: likeEscaped(query.q), mode: "insensitive" } }];
    if (named.length > 0) or.push({ actorId: { in: named } });
    const rows = await db().pledge.findMany({ where: { OR: or }, select: choiceSelect, orderBy: choiceOrder, take: PLEDGE_SEARCH_MAX });
    return rows.map(toChoice);
  }
  const [aboutStates, byActor] = await Promise.all([
    query.targets.length === 0
      ? []
      : db().pledge.findMany({
          where: concerningStates(query.targets),
          select: choiceSelect,
          orderBy: choiceOrder,
          take: PLEDGE_SUGGESTIONS,
        }),
    query.actorId
      ? db().pledge.findMany({ where: { actorId: query.actorId }, select: choiceSelect, orderBy: choiceOrder, take: PLEDGE_SUGGESTIONS })
      : [],
  ]);
  return mergeSuggestions(aboutStates.map(toChoice), byActor.map(toChoice), PLEDGE_SUGGESTIONS);
}
