import "server-only";
import { contactsWithState, type ContactView } from "@/features/contacts/queries";
import { listMeetingsPage, type MeetingSummary } from "@/features/meetings/queries";
import { listPledges, pledgesConcerning, type PledgeView } from "@/features/pledges/queries";
import { getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { listStates, type StateWithStatus } from "@/features/treaty-status/queries/states";
import { daysSinceContact } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import type { Stage } from "@/lib/domain/domestic-path";
import { renderMessage } from "@/platform/i18n/render-message";
import {
  pageInfo,
  pageOf,
  parseMeetingFilter,
  parsePageRequest,
  parsePledgeFilter,
  parseStateFilter,
  repeatedParams,
  STATE_SORTS,
  unknownParams,
  type PageRequest,
  type ParamProblem,
} from "@/lib/domain/list-filters";
import { ApiProblem, invalidParameters } from "./problem";
import type { ApiContext } from "./route";
import type { MeetingJson, PageJson, PledgeJson, StateDetailJson, StateSummaryJson } from "./schemas";

// What each read API endpoint answers: parameters parsed as the pages parse them, data read through lib/data with
// the token's user as the viewer (so restricted contacts follow platform/auth/visibility.ts), shaped as features/api/schemas.ts says.

const PAGE_PARAMS = ["page", "limit"] as const;

function check(ctx: ApiContext<unknown>, known: readonly string[], ...problems: ParamProblem[][]): void {
  const all = [...unknownParams(ctx.params, known), ...repeatedParams(ctx.params), ...problems.flat()];
  if (all.length > 0) throw invalidParameters(all);
}

function pageJson(url: URL, request: PageRequest, total: number): PageJson {
  const info = pageInfo(request, total);
  const link = (page: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("page", String(page));
    query.set("limit", String(request.limit));
    return `${url.pathname}?${query}`;
  };
  return {
    ...info,
    next: info.page < info.pageCount ? link(info.page + 1) : null,
    prev: info.page > 1 ? link(Math.min(info.page - 1, info.pageCount)) : null,
  };
}

const stageJson = (stage: Stage) => ({
  path: stage.path,
  kind: stage.kind,
  // The API speaks English, as its field names and its problem details do.
  label: renderMessage(stage.label, "en"),
  done: stage.done,
  total: stage.total,
  currentStep: stage.current ? { title: stage.current.title, status: stage.current.status } : null,
});

function stateJson(
  s: StateWithStatus & { stage: Stage; lastActivity: string | null; stalled: boolean },
  lastContact: string | null,
  asOf: string,
): StateSummaryJson {
  return {
    iso3: s.iso3,
    name: s.name,
    region: s.region,
    aliases: s.aliases,
    status: s.status,
    record: s.record,
    entryIntoForce: s.entryIntoForce,
    stage: stageJson(s.stage),
    lastActivity: s.lastActivity,
    stalled: s.stalled,
    lastContact,
    daysSinceContact: daysSinceContact(lastContact, asOf),
    url: `/states/${s.iso3}`,
  };
}

const actorJson = (a: { id: string; name: string; kind: "STATE" | "ORGANISATION"; stateIso3: string | null }) => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  stateIso3: a.stateIso3,
});

function pledgeJson(p: PledgeView): PledgeJson {
  return {
    id: p.id,
    text: p.text,
    kind: p.kind,
    treatyAction: p.treatyAction as PledgeJson["treatyAction"],
    status: p.status,
    due: { text: p.dueText, precision: p.duePrecision, earliest: p.dueEarliest, latest: p.dueLatest },
    reviewOn: p.reviewOn,
    overdue: p.overdue,
    reviewDue: p.reviewDue,
    evidence: p.evidence,
    closedOn: p.closedOn,
    actor: actorJson(p.actor),
    meeting: p.meeting,
    statementId: p.statementId,
    targetRegion: p.targetRegion,
    targets: p.targets,
    url: `/pledges/${p.id}`,
  };
}

const contactJson = (c: ContactView) => ({
  id: c.id,
  date: c.date,
  status: c.status,
  actor: actorJson(c.actor),
  targets: c.targets.map((t) => t.iso3),
  channel: c.channel,
  summary: c.summary,
  outcome: c.outcome,
  nextStep: c.nextStep,
  nextStepDue: c.nextStepDue,
  nextStepDone: c.nextStepDone,
  sensitivity: c.sensitivity,
  url: `/contacts/${c.id}`,
});

const meetingJson = (m: MeetingSummary): MeetingJson => ({ ...m, url: `/meetings/${m.id}` });

/** GET /api/v1/states */
export async function statesResource(ctx: ApiContext<unknown>) {
  const parsed = parseStateFilter(ctx.params, todayIso());
  const page = parsePageRequest(ctx.params);
  check(ctx, ["asOf", "region", "status", "q", "stalled", "sort", ...PAGE_PARAMS], parsed.problems, page.problems);
  const { asOf, region, status, q, stalledOnly, sort } = parsed.filter;
  const list = await listStates({ viewer: ctx.user, asOf: asOf.date, region, status, q, stalledOnly, sort: sort && STATE_SORTS[sort] });
  return {
    data: pageOf(list.rows, page.filter).map((s) => stateJson(s, s.lastContact, asOf.date)),
    page: pageJson(ctx.url, page.filter, list.rows.length),
    asOf: asOf.date,
    counts: list.counts,
  };
}

/** GET /api/v1/states/{iso3} */
export async function stateResource(ctx: ApiContext<{ iso3: string }>) {
  const today = todayIso();
  const parsed = parseStateFilter(ctx.params, today);
  check(
    ctx,
    ["asOf"],
    parsed.problems.filter((p) => p.param === "asOf"),
  );
  const asOf = parsed.filter.asOf.date;
  const iso3 = ctx.path.iso3.toUpperCase();
  const notFound = new ApiProblem(
    404,
    "Not found",
    `No state has the code “${ctx.path.iso3.slice(0, 10)}”; use an ISO 3166-1 alpha-3 code such as GHA.`,
  );
  if (!/^[A-Z]{3}$/.test(iso3)) throw notFound;
  const [state, contacts] = await Promise.all([
    getStateDetail(iso3, asOf, ctx.user),
    contactsWithState(iso3, ctx.user, today, { until: asOf, take: 50 }),
  ]);
  if (!state) throw notFound;
  const pledges = await pledgesConcerning({ actorId: state.actorId ?? undefined, iso3 }, today);
  const lastContact = contacts.find((c) => c.status === "DONE" && c.date <= asOf)?.date ?? null;
  const data: StateDetailJson = {
    ...stateJson(state, lastContact, asOf),
    entryIntoForceNote: state.entryIntoForceNote,
    sourceNote: state.sourceNote,
    steps: state.steps.map((s) => ({
      id: s.id,
      path: s.path,
      position: s.position,
      title: s.title,
      status: s.status,
      date: { text: s.dateText, earliest: s.dateEarliest, latest: s.dateLatest },
      note: s.note,
      updatedAt: s.updatedAt,
    })),
    article7: state.article7,
    pledges: pledges.map(pledgeJson),
    contacts: contacts.map(contactJson),
  };
  return { data, asOf };
}

/** GET /api/v1/pledges */
export async function pledgesResource(ctx: ApiContext<unknown>) {
  const parsed = parsePledgeFilter(ctx.params);
  const page = parsePageRequest(ctx.params);
  check(ctx, ["status", "kind", "region", "meeting", "actor", "state", "due", ...PAGE_PARAMS], parsed.problems, page.problems);
  const list = await listPledges({ today: todayIso(), ...parsed.filter, page: page.filter.page, pageSize: page.filter.limit });
  return { data: list.pledges.map(pledgeJson), page: pageJson(ctx.url, page.filter, list.total), countsByStatus: list.countsByStatus };
}

/** GET /api/v1/meetings */
export async function meetingsResource(ctx: ApiContext<unknown>) {
  const parsed = parseMeetingFilter(ctx.params);
  const page = parsePageRequest(ctx.params);
  check(ctx, ["kind", "from", "to", ...PAGE_PARAMS], parsed.problems, page.problems);
  const { meetings, total } = await listMeetingsPage(parsed.filter, page.filter);
  return { data: meetings.map(meetingJson), page: pageJson(ctx.url, page.filter, total) };
}
