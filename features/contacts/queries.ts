import "server-only";
import { historySelect, toHistoryEntry, type HistoryEntry } from "@/platform/audit";
import type {
  ContactChannel,
  ContactLevel,
  ContactOutcome,
  ContactPledgeLink,
  ContactStatus,
  PledgeStatus,
  Prisma,
  Region,
  Sensitivity,
} from "@prisma/client";
import { db } from "@/platform/db";
import type { ContactFilter } from "@/lib/domain/contact-filter";
import { localContactNames } from "@/lib/domain/contact-names";
import { isNextStepOverdue, isPlannedDatePassed } from "@/lib/domain/contacts";
import { toCsv } from "@/lib/domain/csv";
import { fromIsoDate, todayIso, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locale";
import { translatorFor } from "@/platform/i18n/translator";
import { visibleAudit, visibleContacts, visibleContactsSql, type Viewer } from "@/platform/auth/visibility";
import { actorSelect, toActorOption, type ActorOption } from "../meetings/speakers";

export interface ContactView {
  id: string;
  date: IsoDate;
  status: ContactStatus;
  actor: ActorOption;
  targets: { iso3: string; name: string; region: Region }[];
  channel: ContactChannel;
  level: ContactLevel | null;
  place: string;
  summary: string;
  /** The language the summary was written in ("en", "fr", "es"): shown as written, marked for screen readers. */
  language: string;
  outcome: ContactOutcome | null;
  nextStep: string;
  nextStepDue: IsoDate | null;
  nextStepDone: boolean;
  nextStepOverdue: boolean;
  /** Planned for a day that has passed, and not marked done. */
  plannedDatePassed: boolean;
  nextStepOwner: { id: string; name: string } | null;
  sensitivity: Sensitivity;
  loggedBy: { id: string; name: string } | null;
  loggedAt: string;
  version: number;
  pledges: { id: string; text: string; status: PledgeStatus; link: ContactPledgeLink; actor: string; actorIso3: string | null }[];
  deletedAt: string | null;
  deletedBy: string | null;
}

const contactSelect = {
  id: true,
  date: true,
  status: true,
  channel: true,
  level: true,
  place: true,
  summary: true,
  language: true,
  outcome: true,
  nextStep: true,
  nextStepDue: true,
  nextStepDone: true,
  sensitivity: true,
  version: true,
  createdAt: true,
  deletedAt: true,
  actor: { select: actorSelect },
  targets: { orderBy: { state: { name: "asc" } }, select: { state: { select: { iso3: true, name: true, region: true } } } },
  nextStepOwner: { select: { id: true, name: true } },
  loggedBy: { select: { id: true, name: true } },
  deletedBy: { select: { name: true } },
  // Ordered here rather than in SQL: ordering by the pledge's column would join the whole pledge table.
  pledges: {
    select: { link: true, pledge: { select: { id: true, text: true, status: true, createdAt: true, actor: { select: actorSelect } } } },
  },
} satisfies Prisma.ContactSelect;

type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;
const day = (d: Date | null) => (d ? toIsoDate(d) : null);

function toContactView(c: ContactRow, today: IsoDate): ContactView {
  const nextStep = { nextStep: c.nextStep, nextStepDue: day(c.nextStepDue), nextStepDone: c.nextStepDone };
  return {
    id: c.id,
    date: toIsoDate(c.date),
    status: c.status,
    actor: toActorOption(c.actor),
    targets: c.targets.map((t) => t.state),
    channel: c.channel,
    level: c.level,
    place: c.place,
    summary: c.summary,
    language: c.language,
    outcome: c.outcome,
    ...nextStep,
    nextStepOverdue: isNextStepOverdue(nextStep, today),
    plannedDatePassed: isPlannedDatePassed({ status: c.status, date: toIsoDate(c.date) }, today),
    nextStepOwner: c.nextStepOwner,
    sensitivity: c.sensitivity,
    loggedBy: c.loggedBy,
    loggedAt: c.createdAt.toISOString(),
    version: c.version,
    pledges: [...c.pledges]
      .sort((a, b) => a.pledge.createdAt.getTime() - b.pledge.createdAt.getTime() || a.pledge.id.localeCompare(b.pledge.id))
      .map((p) => ({
        id: p.pledge.id,
        text: p.pledge.text,
        status: p.pledge.status,
        link: p.link,
        actor: toActorOption(p.pledge.actor).name,
        actorIso3: p.pledge.actor.stateIso3,
      })),
    deletedAt: c.deletedAt?.toISOString() ?? null,
    deletedBy: c.deletedBy?.name ?? null,
  };
}

/** The filter as a query, always inside what the viewer may see. */
function whereFor(filter: ContactFilter, viewer: Viewer, today: IsoDate): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [visibleContacts(viewer, { deleted: filter.deleted })];
  if (filter.q) and.push({ OR: [{ summary: { contains: filter.q, mode: "insensitive" } }, { place: { contains: filter.q, mode: "insensitive" } }] });
  if (filter.target) and.push({ targets: { some: { stateIso3: filter.target } } });
  if (filter.actorId) and.push({ actorId: filter.actorId });
  if (filter.region) and.push({ targets: { some: { state: { region: filter.region } } } });
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.outcome) and.push({ outcome: filter.outcome });
  if (filter.status) and.push({ status: filter.status });
  if (filter.from) and.push({ date: { gte: fromIsoDate(filter.from) } });
  if (filter.to) and.push({ date: { lte: fromIsoDate(filter.to) } });
  if (filter.overdue) and.push({ nextStep: { not: "" }, nextStepDone: false, nextStepDue: { lt: fromIsoDate(today) } });
  return { AND: and };
}

const ORDER: Prisma.ContactOrderByWithRelationInput[] = [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }];
export const CONTACT_PAGE_SIZE = 50;

export interface ContactList {
  contacts: ContactView[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of the log, newest first. */
export async function listContacts(filter: ContactFilter, viewer: Viewer, options: { today: IsoDate; page?: number }): Promise<ContactList> {
  const where = whereFor(filter, viewer, options.today);
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    db().contact.findMany({ where, select: contactSelect, orderBy: ORDER, skip: (page - 1) * CONTACT_PAGE_SIZE, take: CONTACT_PAGE_SIZE }),
    db().contact.count({ where }),
  ]);
  return { contacts: rows.map((r) => toContactView(r, options.today)), total, page, pageCount: Math.max(1, Math.ceil(total / CONTACT_PAGE_SIZE)) };
}

const CSV_COLUMNS = [
  "date",
  "status",
  "actor",
  "targets",
  "targetCodes",
  "channel",
  "level",
  "place",
  "summary",
  "outcome",
  "nextStep",
  "nextStepDue",
  "nextStepOwner",
  "nextStepDone",
  "visibleTo",
  "loggedBy",
  "pledges",
  "link",
] as const;

/** One contact as a CSV row in the reader's language; what users typed stays as written, dates stay YYYY-MM-DD for spreadsheets. */
export function contactCsvRow(contact: ContactView, locale: Locale = DEFAULT_LOCALE): string[] {
  const t = translatorFor(locale);
  const c = localContactNames(contact, locale);
  return [
    c.date,
    t(`labels.contactStatus.${c.status}`),
    c.actor.name,
    c.targets.map((s) => s.name).join("; "),
    c.targets.map((s) => s.iso3).join("; "),
    t(`labels.channel.${c.channel}`),
    c.level ? t(`labels.level.${c.level}`) : "",
    c.place,
    c.summary,
    c.outcome ? t(`labels.outcome.${c.outcome}`) : "",
    c.nextStep,
    c.nextStepDue ?? "",
    c.nextStepOwner?.name ?? "",
    c.nextStep ? (c.nextStepDone ? t("contacts.csv.yes") : t("contacts.csv.no")) : "",
    t(`labels.sensitivity.${c.sensitivity}`),
    c.loggedBy?.name ?? t("contacts.csv.imported"),
    c.pledges.map((p) => `${t(`labels.pledgeLink.${p.link}`)}: ${p.actor}: ${p.text}`).join("; "),
    `/contacts/${c.id}`,
  ];
}

/** Every contact the filter matches (all pages), for the CSV export. */
export async function allContacts(filter: ContactFilter, viewer: Viewer, today: IsoDate): Promise<ContactView[]> {
  const rows = await db().contact.findMany({ where: whereFor(filter, viewer, today), select: contactSelect, orderBy: ORDER });
  return rows.map((r) => toContactView(r, today));
}

export async function contactsCsv(filter: ContactFilter, viewer: Viewer, today: IsoDate, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const contacts = await allContacts(filter, viewer, today);
  const t = translatorFor(locale);
  return toCsv(
    CSV_COLUMNS.map((column) => t(`contacts.csv.${column}`)),
    contacts.map((c) => contactCsvRow(c, locale)),
  );
}

/** One contact with its history; null when it does not exist or the viewer may not see it. */
export async function getContact(id: string, viewer: Viewer, today: IsoDate): Promise<{ contact: ContactView; history: HistoryEntry[] } | null> {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return null;
  const live = { AND: [{ id }, visibleContacts(viewer)] };
  const where = viewer.role === "ADMIN" ? { OR: [live, { AND: [{ id }, visibleContacts(viewer, { deleted: true })] }] } : live;
  const [row, history] = await Promise.all([
    db().contact.findFirst({ where, select: contactSelect }),
    db().auditEvent.findMany({
      where: { AND: [{ entity: "Contact", entityId: id }, visibleAudit(viewer)] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 100,
      select: historySelect,
    }),
  ]);
  if (!row) return null;
  return {
    contact: toContactView(row, today),
    history: history.map(toHistoryEntry),
  };
}

const withState = (iso3: string, viewer: Viewer, until?: IsoDate): Prisma.ContactWhereInput => ({
  AND: [visibleContacts(viewer), { targets: { some: { stateIso3: iso3 } } }, until ? { date: { lte: fromIsoDate(until) } } : {}],
});

/** Contacts with a state, newest first (planned ones ahead of today come first). */
export async function contactsWithState(
  iso3: string,
  viewer: Viewer,
  today: IsoDate,
  options: { until?: IsoDate; take?: number } = {},
): Promise<ContactView[]> {
  const rows = await db().contact.findMany({
    where: withState(iso3, viewer, options.until),
    select: contactSelect,
    orderBy: ORDER,
    take: options.take ?? 200,
  });
  return rows.map((r) => toContactView(r, today));
}

/** What a state's timeline shows of a contact. */
export type TimelineContact = Pick<
  ContactView,
  | "id"
  | "date"
  | "status"
  | "actor"
  | "targets"
  | "channel"
  | "summary"
  | "language"
  | "outcome"
  | "nextStep"
  | "nextStepDue"
  | "sensitivity"
  | "loggedAt"
  | "plannedDatePassed"
>;

const timelineContactSelect = {
  id: true,
  date: true,
  status: true,
  channel: true,
  summary: true,
  language: true,
  outcome: true,
  nextStep: true,
  nextStepDue: true,
  sensitivity: true,
  createdAt: true,
  actor: { select: actorSelect },
  targets: contactSelect.targets,
} satisfies Prisma.ContactSelect;

/** Contacts with a state as its timeline shows them, newest first: fewer relations than contactsWithState reads. */
export async function timelineContacts(iso3: string, viewer: Viewer, options: { until?: IsoDate; take: number }): Promise<TimelineContact[]> {
  const rows = await db().contact.findMany({
    where: withState(iso3, viewer, options.until),
    select: timelineContactSelect,
    orderBy: ORDER,
    take: options.take,
  });
  return rows.map((c) => ({
    id: c.id,
    date: toIsoDate(c.date),
    status: c.status,
    actor: toActorOption(c.actor),
    targets: c.targets.map((t) => t.state),
    channel: c.channel,
    summary: c.summary,
    language: c.language,
    outcome: c.outcome,
    nextStep: c.nextStep,
    nextStepDue: day(c.nextStepDue),
    sensitivity: c.sensitivity,
    loggedAt: c.createdAt.toISOString(),
    plannedDatePassed: isPlannedDatePassed({ status: c.status, date: toIsoDate(c.date) }, todayIso()),
  }));
}

/** How many contacts with a state the viewer may see (up to `until`). */
export async function countContactsWithState(iso3: string, viewer: Viewer, options: { until?: IsoDate } = {}): Promise<number> {
  return db().contact.count({ where: withState(iso3, viewer, options.until) });
}

/** Contacts linked to a pledge (fulfilling it or following it up). */
export async function contactsForPledge(pledgeId: string, viewer: Viewer, today: IsoDate): Promise<ContactView[]> {
  const rows = await db().contact.findMany({
    where: { AND: [visibleContacts(viewer), { pledges: { some: { pledgeId } } }] },
    select: contactSelect,
    orderBy: ORDER,
    take: 100,
  });
  return rows.map((r) => toContactView(r, today));
}

/** The day of each state's last contact that had happened by `asOf` (done, dated on or before it). */
export async function lastContactByState(viewer: Viewer, asOf: IsoDate): Promise<Map<string, IsoDate>> {
  // One pass over the contact-target pairs, grouped: a look-up per state joined every contact of a busy state to its
  // row (2.2 s for 197 states at 200 000 contacts, against 0.16 s for this).
  const rows = await db().$queryRaw<{ iso3: string; last: string | null }[]>`
    SELECT cs."stateIso3" AS iso3, max(c.date)::text AS last
    FROM "ContactState" cs JOIN "Contact" c ON c.id = cs."contactId"
    WHERE c.status = 'DONE' AND c.date <= ${asOf}::date AND ${visibleContactsSql(viewer)}
    GROUP BY cs."stateIso3"`;
  return new Map(rows.filter((r) => r.last).map((r) => [r.iso3, r.last as IsoDate]));
}

/** For the dashboard: planned contacts from today on, and how many next steps are overdue. */
export async function upcomingWork(
  viewer: Viewer,
  today: IsoDate,
  take = 8,
): Promise<{ planned: ContactView[]; plannedTotal: number; overdueNextSteps: number }> {
  const plannedWhere = { AND: [visibleContacts(viewer), { status: "PLANNED" as const, date: { gte: fromIsoDate(today) } }] };
  const [planned, plannedTotal, overdueNextSteps] = await Promise.all([
    db().contact.findMany({ where: plannedWhere, select: contactSelect, orderBy: [{ date: "asc" }, { id: "asc" }], take }),
    db().contact.count({ where: plannedWhere }),
    db().contact.count({ where: whereFor({ overdue: true }, viewer, today) }),
  ]);
  return { planned: planned.map((r) => toContactView(r, today)), plannedTotal, overdueNextSteps };
}
