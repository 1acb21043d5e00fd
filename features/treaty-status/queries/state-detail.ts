import "server-only";
import { historySelect, toHistoryEntry, type HistoryEntry } from "@/platform/audit";
import { db } from "@/platform/db";
import { toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { canStall, deriveStage, isStalled, type PathKind, type Stage, type StepStatus } from "@/lib/domain/domestic-path";
import { visibleAudit, type Viewer } from "@/platform/auth/visibility";
import { activityAuditSql } from "./activity";
import { getState, type StateWithStatus } from "./states";
import { stalledAfterMonths } from "@/features/users/queries/settings";
import { obligationStatuses, reportObligations, type ObligationStatus } from "@/lib/domain/article7";
import { article7RecordsCompleteFrom } from "./article7-settings";

export interface StepView {
  id: string;
  path: PathKind;
  position: number;
  title: string;
  status: StepStatus;
  dateText: string;
  dateEarliest: IsoDate | null;
  dateLatest: IsoDate | null;
  note: string;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface NoteView {
  id: string;
  body: string;
  /** The language the note was written in: shown as written, marked for screen readers. */
  language: string;
  source: string;
  notedOn: IsoDate;
  author: string | null;
}

export interface StateDetail extends StateWithStatus {
  steps: StepView[];
  notes: NoteView[];
  history: HistoryEntry[];
  stage: Stage;
  lastActivity: string | null;
  stalled: boolean;
  stalledAfterMonths: number;
  treatyUpdatedBy: string | null;
  treatyUpdatedAt: string | null;
  actorId: string | null;
  article7: ObligationStatus[];
  /** From this day a report past due with none recorded is late; before it (or with none) "no report recorded". */
  article7CompleteFrom: IsoDate | null;
}

/** The most changes the history shows at once (when asked for all of it); 20 unless asked. */
export const HISTORY_MAX = 200;
const HISTORY_DEFAULT = 20;

const historyWhere = (iso3: string, viewer: Viewer) => ({ AND: [{ OR: [{ stateIso3: iso3 }, { extraIso3: { has: iso3 } }] }, visibleAudit(viewer)] });

/** The actor a state speaks and pledges as (null for an unknown code), read apart so lists need not wait for the state. */
export async function stateActorId(iso3: string): Promise<string | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const actor = await db().actor.findUnique({ where: { stateIso3: iso3.toUpperCase() }, select: { id: true } });
  return actor?.id ?? null;
}

/** How many changes concerning a state the viewer may see. */
export async function countStateHistory(iso3: string, viewer: Viewer): Promise<number> {
  return db().auditEvent.count({ where: historyWhere(iso3, viewer) });
}

/**
 * The latest change concerning a state up to the end of the "as of" day, as the viewer may see it: two indexed
 * look-ups (its own rows, and rows naming it among others), whatever the length of its history.
 */
async function lastActivityOf(iso3: string, viewer: Viewer, asOf: IsoDate): Promise<string | null> {
  const until = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000);
  const rows = await db().$queryRaw<{ last: string | null }[]>`
    SELECT to_char(greatest(
      (SELECT max(a.at) FROM "AuditEvent" a WHERE a."stateIso3" = ${iso3} AND a.at < ${until} AND ${activityAuditSql(viewer)}),
      (SELECT max(a.at) FROM "AuditEvent" a WHERE a."extraIso3" @> ARRAY[${iso3}]::varchar(3)[] AND a.at < ${until} AND ${activityAuditSql(viewer)})
    ), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last`;
  return rows[0]?.last ?? null;
}

/**
 * Everything the state page shows, in a fixed number of queries; the newest `history` changes (20 unless asked,
 * at most HISTORY_MAX) as the viewer may see them.
 */
export async function getStateDetail(iso3: string, asOf: IsoDate, viewer: Viewer, options: { history?: number } = {}): Promise<StateDetail | null> {
  const state = await getState(iso3, asOf);
  if (!state) return null;
  const [steps, notes, history, treaty, months, actor, reports, completeFrom, lastActivity] = await Promise.all([
    db().domesticStep.findMany({
      where: { stateIso3: state.iso3, treaty: { code: "CCM" } },
      orderBy: [{ path: "asc" }, { position: "asc" }],
      select: {
        id: true,
        path: true,
        position: true,
        title: true,
        status: true,
        dateText: true,
        dateEarliest: true,
        dateLatest: true,
        note: true,
        source: true,
        version: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
    db().stateNote.findMany({
      where: { stateIso3: state.iso3 },
      orderBy: [{ notedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, body: true, language: true, source: true, notedOn: true, author: { select: { name: true } } },
    }),
    db().auditEvent.findMany({
      where: historyWhere(state.iso3, viewer),
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: Math.min(options.history ?? HISTORY_DEFAULT, HISTORY_MAX),
      select: historySelect,
    }),
    db().treatyStatus.findFirst({
      where: { stateIso3: state.iso3, treaty: { code: "CCM" } },
      select: { updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    stalledAfterMonths(),
    db().actor.findUnique({ where: { stateIso3: state.iso3 }, select: { id: true } }),
    db().article7Report.findMany({ where: { stateIso3: state.iso3 }, select: { kind: true, year: true, submittedOn: true } }),
    article7RecordsCompleteFrom(),
    lastActivityOf(state.iso3, viewer, asOf),
  ]);
  const stepViews: StepView[] = steps.map((s) => ({
    ...s,
    dateEarliest: s.dateEarliest ? toIsoDate(s.dateEarliest) : null,
    dateLatest: s.dateLatest ? toIsoDate(s.dateLatest) : null,
    updatedAt: s.updatedAt.toISOString(),
    updatedBy: s.updatedBy?.name ?? null,
  }));
  return {
    ...state,
    steps: stepViews,
    notes: notes.map((n) => ({
      id: n.id,
      body: n.body,
      language: n.language,
      source: n.source,
      notedOn: toIsoDate(n.notedOn),
      author: n.author?.name ?? null,
    })),
    history: history.map(toHistoryEntry),
    stage: deriveStage(state.status, stepViews),
    lastActivity,
    stalled: canStall(state.status) && isStalled(lastActivity, asOf, months),
    stalledAfterMonths: months,
    treatyUpdatedBy: treaty?.updatedBy?.name ?? null,
    treatyUpdatedAt: treaty?.updatedAt.toISOString() ?? null,
    actorId: actor?.id ?? null,
    article7:
      state.entryIntoForce && state.entryIntoForce.date <= asOf
        ? obligationStatuses(
            reportObligations(state.entryIntoForce.date, asOf, state.record.withdrawalEffective),
            reports.map((r) => ({ kind: r.kind, year: r.year, submittedOn: toIsoDate(r.submittedOn) })),
            asOf,
            completeFrom,
          )
        : [],
    article7CompleteFrom: completeFrom,
  };
}
