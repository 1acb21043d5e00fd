import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/platform/db";
import type { Viewer } from "@/platform/auth/visibility";
import { statesWithStatus } from "@/features/treaty-status/queries/states";
import { toIsoDate, type IsoDate, fromIsoDate, formatLongDate } from "@/lib/domain/dates";
import { reportObligations, obligationStatuses } from "@/lib/domain/article7";
import { article7RecordsCompleteFrom } from "@/features/treaty-status/queries/article7-settings";
import { isOpenStatus, PLEDGE_STATUSES } from "@/lib/domain/pledges";
import type { StepStatus } from "@/lib/domain/domestic-path";
import { treatyEventsBetween } from "@/lib/domain/treaty-events";
import { actorSelect, toActorOption } from "@/features/meetings/speakers";
import { doneContactTally } from "@/features/contacts/tally";
import { canSeeRestricted, CONTACT_OUTCOMES } from "@/lib/domain/contacts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locale";
import { localActorName } from "@/lib/domain/pledge-names";
import { compareNames, localStateName } from "@/lib/domain/state-names";
import { translatorFor } from "@/platform/i18n/translator";
import type { ProgressReport, ReportRow, ReportSection } from "./section";
export { REPORT_PAGE_ROWS } from "./section";

const dayAfter = (date: IsoDate) => new Date(fromIsoDate(date).getTime() + 86_400_000);

// Actors and meetings are read once, whole (a few hundred rows), rather than joined to each of thousands of pledges.
const pledgeSelect = {
  id: true,
  text: true,
  kind: true,
  status: true,
  dueText: true,
  dueLatest: true,
  closedOn: true,
  evidence: true,
  actorId: true,
  meetingId: true,
} as const;
const pledgeOrder: Prisma.PledgeOrderByWithRelationInput[] = [{ dueLatest: { sort: "asc", nulls: "last" } }, { id: "asc" }];

/**
 * The Presidency's progress report for universalization, for any period: every row links to its source. Written in
 * `locale` (headings, labels, dates, state names), so the page and every download read in the reader's language.
 */
export async function progressReport(
  from: IsoDate,
  to: IsoDate,
  viewer: Viewer,
  /** `rows`: at most this many rows per section (the page, the DOCX); every row when absent (XLSX, CSV). */
  options: { includeRestricted?: boolean; locale?: Locale; rows?: number } = {},
): Promise<ProgressReport> {
  const limit = options.rows;
  const shown = <T>(rows: T[]) => (limit === undefined ? rows : rows.slice(0, limit));
  const locale = options.locale ?? DEFAULT_LOCALE;
  const translate = translatorFor(locale);
  // The same few labels are asked for on every one of thousands of rows: each is formatted once.
  const known = new Map<string, string>();
  const once = (key: string) => known.get(key) ?? known.set(key, translate(key as "labels.status.SIGNATORY")).get(key)!;
  const t = (key: string, values?: Record<string, string | number>) =>
    values ? translate(`reports.section.${key}` as "reports.section.col.date", values) : once(`reports.section.${key}`);
  const label = (key: string) => once(`labels.${key}`);
  const long = (d: IsoDate | null) => (d ? formatLongDate(d, locale) : "");
  const stateName = (iso3: string, name: string) => localStateName(iso3, name, locale);
  const actorName = (a: Parameters<typeof toActorOption>[0]) => localActorName(toActorOption(a), locale);
  const joinNames = (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${t("cell.and")} ${names[names.length - 1]}`;
  const byName = locale === "en" ? (a: string, b: string) => a.localeCompare(b, "en") : compareNames(locale);
  // Restricted contacts only when a coordinator asks for them; otherwise the report reads as a viewer would.
  const includeRestricted = Boolean(options.includeRestricted) && canSeeRestricted(viewer.role);
  const contactReader: Viewer = includeRestricted ? viewer : { id: viewer.id, role: "VIEWER" };
  const range = { gte: fromIsoDate(from), lt: dayAfter(to) };
  // Pledges made by the end of the period: each section asks only for its own, and counts the rest in the database.
  const madeByEnd: Prisma.PledgeWhereInput = {
    OR: [{ meeting: { startDate: { lt: dayAfter(to) } } }, { meetingId: null, createdAt: { lt: dayAfter(to) } }],
  };
  const pledgeWhere = {
    made: { OR: [{ meeting: { startDate: range } }, { meetingId: null, createdAt: range }] },
    closed: { AND: [madeByEnd, { closedOn: { gte: fromIsoDate(from), lte: fromIsoDate(to) } }] },
    // Open at the end of the period: still open now, or closed only after the period.
    open: { AND: [madeByEnd, { OR: [{ status: { in: PLEDGE_STATUSES.filter(isOpenStatus) } }, { closedOn: { gte: dayAfter(to) } }] }] },
  } satisfies Record<string, Prisma.PledgeWhereInput>;
  const pledgesWith = async (where: Prisma.PledgeWhereInput) => {
    const [rows, total] = await Promise.all([
      db().pledge.findMany({ where, orderBy: pledgeOrder, select: pledgeSelect, take: limit }),
      limit === undefined ? null : db().pledge.count({ where }),
    ]);
    return { rows, total: total ?? rows.length };
  };
  const quoteWhere: Prisma.StatementWhereInput = { session: { meeting: { startDate: range } } };
  // A step that moved to in progress or done in the period; the audit rows' JSON is read in the database.
  const stepWhere = Prisma.sql`a.entity = 'DomesticStep' AND a.at >= ${from}::timestamp AND a.at < ${toIsoDate(range.lt)}::timestamp
    AND a.action IN ('domesticStep.update', 'seed.history') AND a."stateIso3" IS NOT NULL
    AND a.after->>'status' IN ('DONE', 'IN_PROGRESS') AND (a.before->>'status') IS DISTINCT FROM (a.after->>'status')`;
  const [states, stepEvents, made, closed, open, actors, meetings, statements, quoteTotal, reports, completeFrom, contacts] = await Promise.all([
    statesWithStatus(to),
    db().$queryRaw<{ at: Date; stateIso3: string; title: string | null; status: StepStatus; total: number }[]>`
      SELECT a.at, a."stateIso3", a.after->>'title' AS title, a.after->>'status' AS status, (count(*) OVER ())::int AS total
      FROM "AuditEvent" a WHERE ${stepWhere}
      ORDER BY a.at ASC, a.id ASC ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`,
    pledgesWith(pledgeWhere.made),
    pledgesWith(pledgeWhere.closed),
    pledgesWith(pledgeWhere.open),
    db().actor.findMany({ select: actorSelect }),
    db().meeting.findMany({ select: { id: true, name: true } }),
    db().statement.findMany({
      where: { ...quoteWhere, quotes: { some: {} } },
      // Sessions in order within a meeting, then statements in order: the same report every time it is made.
      orderBy: [
        { session: { meeting: { startDate: "asc" } } },
        { session: { meetingId: "asc" } },
        { session: { position: "asc" } },
        { position: "asc" },
        { id: "asc" },
      ],
      select: {
        id: true,
        speaker: { select: actorSelect },
        coSpeakers: { orderBy: { position: "asc" }, select: { actor: { select: actorSelect } } },
        quotes: { orderBy: { position: "asc" }, select: { text: true } },
        session: { select: { title: true, meeting: { select: { id: true, name: true } } } },
      },
      // Every statement listed has a quote: as many statements as rows shown are enough.
      take: limit,
    }),
    limit === undefined ? null : db().quote.count({ where: { statement: quoteWhere } }),
    db().article7Report.findMany({ select: { stateIso3: true, kind: true, year: true, submittedOn: true } }),
    article7RecordsCompleteFrom(),
    doneContactTally(from, to, contactReader),
  ]);
  const names = new Map(states.map((s) => [s.iso3, s.name]));
  // Sections worked out in full here (bounded by the number of states) are cut to the rows shown.
  const counted = (rows: ReportRow[]) => ({ rows: shown(rows), total: rows.length });

  const treatyActions: ReportSection = {
    key: "treaty-actions",
    title: t("treatyActions.title"),
    sheet: t("treatyActions.sheet"),
    description: t("treatyActions.description", { from: long(from), to: long(to) }),
    columns: [t("col.date"), t("col.state"), t("col.action")],
    ...counted(
      treatyEventsBetween(states, from, to)
        .reverse()
        .map((e) => ({
          cells: [{ date: e.date }, stateName(e.subject.iso3, e.subject.name), label(`treatyEvent.${e.kind}`)],
          href: `/states/${e.subject.iso3}`,
        })),
    ),
  };

  const stepRows = stepEvents.map((e) => ({
    cells: [{ date: toIsoDate(e.at) }, stateName(e.stateIso3, names.get(e.stateIso3) ?? e.stateIso3), e.title ?? "", label(`stepStatus.${e.status}`)],
    href: `/states/${e.stateIso3}`,
  }));
  const domesticSteps: ReportSection = {
    key: "domestic-steps",
    title: t("domesticSteps.title"),
    sheet: t("domesticSteps.sheet"),
    description: t("domesticSteps.description"),
    columns: [t("col.date"), t("col.state"), t("col.step"), t("col.now")],
    rows: stepRows,
    total: stepEvents[0]?.total ?? 0,
  };

  type PledgeRow = (typeof made.rows)[number];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const meetingName = new Map(meetings.map((m) => [m.id, m.name]));
  const pledgeRow = (p: PledgeRow, extra: string): ReportRow => ({
    cells: [actorName(actorById.get(p.actorId)!), p.text, label(`pledgeKind.${p.kind}`), p.dueText || "—", label(`pledgeStatus.${p.status}`), extra],
    href: `/pledges/${p.id}`,
  });
  const pledgeColumns = [t("col.who"), t("col.pledge"), t("col.kind"), t("col.due"), t("col.status"), t("col.madeAtEvidence")];
  const pledgesMade: ReportSection = {
    key: "pledges-made",
    title: t("pledgesMade.title"),
    sheet: t("pledgesMade.sheet"),
    description: t("pledgesMade.description"),
    columns: pledgeColumns,
    rows: made.rows.map((p) => pledgeRow(p, (p.meetingId && meetingName.get(p.meetingId)) || "")),
    total: made.total,
  };
  const pledgesClosed: ReportSection = {
    key: "pledges-closed",
    title: t("pledgesClosed.title"),
    sheet: t("pledgesClosed.sheet"),
    description: t("pledgesClosed.description"),
    columns: pledgeColumns,
    rows: closed.rows.map((p) => pledgeRow(p, p.evidence)),
    total: closed.total,
  };
  const pledgesOpen: ReportSection = {
    key: "pledges-open",
    title: t("pledgesOpen.title"),
    sheet: t("pledgesOpen.sheet"),
    description: t("pledgesOpen.description", { date: long(to) }),
    columns: [...pledgeColumns.slice(0, 5), t("col.overdue")],
    rows: open.rows.map((p) => {
      const row = pledgeRow(p, "");
      return {
        ...row,
        cells: [...row.cells.slice(0, 4), label("pledgeStatus.OPEN"), p.dueLatest && toIsoDate(p.dueLatest) < to ? t("cell.overdue") : ""],
      };
    }),
    total: open.total,
  };

  const quotes: ReportSection = {
    key: "quotes",
    title: t("quotes.title"),
    sheet: t("quotes.sheet"),
    description: t("quotes.description"),
    columns: [t("col.speaker"), t("col.quote"), t("col.meeting")],
    ...((rows) => ({ rows: shown(rows), total: quoteTotal ?? rows.length }))(
      statements.flatMap((s) =>
        s.quotes.map((q) => ({
          cells: [
            joinNames([s.speaker, ...s.coSpeakers.map((c) => c.actor)].map(actorName)),
            `“${q.text}”`,
            `${s.session.meeting.name}, ${s.session.title}`,
          ],
          href: `/meetings/${s.session.meeting.id}`,
        })),
      ),
    ),
  };

  const submissions = new Map<string, { kind: "INITIAL" | "ANNUAL"; year: number | null; submittedOn: IsoDate }[]>();
  for (const r of reports) {
    const list = submissions.get(r.stateIso3) ?? [];
    list.push({ kind: r.kind, year: r.year, submittedOn: toIsoDate(r.submittedOn) });
    submissions.set(r.stateIso3, list);
  }
  const article7Rows = states.flatMap((s) => {
    if (!s.entryIntoForce || s.entryIntoForce.date > to) return [];
    const due = obligationStatuses(
      reportObligations(s.entryIntoForce.date, to, s.record.withdrawalEffective),
      submissions.get(s.iso3) ?? [],
      to,
      completeFrom,
    ).filter((o) => o.due >= from && o.due <= to);
    return due.map((o) => ({
      cells: [
        stateName(s.iso3, s.name),
        o.kind === "INITIAL" ? t("cell.initialReport") : t("cell.annualUpdate", { year: String(o.year) }),
        { date: o.due },
        o.submittedOn
          ? t(o.state === "SUBMITTED_LATE" ? "cell.submittedLate" : "cell.submitted", { date: long(o.submittedOn) })
          : t(`cell.${o.state}`),
      ],
      href: `/states/${s.iso3}`,
    }));
  });
  const article7: ReportSection = {
    key: "article-7",
    title: t("article7.title"),
    sheet: t("article7.sheet"),
    description: completeFrom ? t("article7.descriptionCompleteFrom", { date: long(completeFrom) }) : t("article7.descriptionNotComplete"),
    columns: [t("col.state"), t("col.report"), t("col.due"), t("col.status")],
    ...counted(article7Rows),
  };

  const tally = new Map<string, { region: string; channel: string; counts: Record<string, number>; total: number; first: number }>();
  for (const group of contacts.tally) {
    const key = `${group.region}|${group.channel}`;
    const entry = tally.get(key) ?? { region: group.region, channel: label(`channel.${group.channel}`), counts: {}, total: 0, first: group.first };
    entry.total += group.contacts;
    entry.first = Math.min(entry.first, group.first);
    if (group.outcome) entry.counts[group.outcome] = (entry.counts[group.outcome] ?? 0) + group.contacts;
    tally.set(key, entry);
  }
  const contactSection: ReportSection = {
    key: "contacts",
    title: t("contacts.title"),
    sheet: t("contacts.sheet"),
    description: t(includeRestricted ? "contacts.descriptionRestricted" : "contacts.description"),
    columns: [t("col.region"), t("col.channel"), t("col.contacts"), ...CONTACT_OUTCOMES.map((o) => label(`outcome.${o}`))],
    linkColumn: 2,
    ...counted(
      [...tally.values()]
        // Groups in the order the log first meets them, as when the contacts were tallied one by one.
        .sort((a, b) => a.first - b.first)
        .map((entry) => ({ ...entry, regionName: label(`region.${entry.region}`) }))
        .sort((a, b) => (locale === "en" ? a.region.localeCompare(b.region) : byName(a.regionName, b.regionName)) || b.total - a.total)
        .map((e) => ({
          cells: [e.regionName, e.channel, e.total, ...CONTACT_OUTCOMES.map((o) => e.counts[o] ?? 0)],
          href: `/contacts?region=${e.region}&from=${from}&to=${to}`,
        })),
    ),
  };
  const contacted = new Set(contacts.contacted);
  const noContact: ReportSection = {
    key: "no-contact",
    title: t("noContact.title"),
    sheet: t("noContact.sheet"),
    description: t("noContact.description"),
    columns: [t("col.state"), t("col.status"), t("col.region")],
    linkColumn: 0,
    ...counted(
      states
        .filter((s) => (s.status === "SIGNATORY" || s.status === "NOT_PARTY") && !contacted.has(s.iso3))
        .map((s) => ({ ...s, localName: stateName(s.iso3, s.name) }))
        .sort((a, b) => (a.status === b.status ? byName(a.localName, b.localName) : a.status === "SIGNATORY" ? -1 : 1))
        .map((s) => ({ cells: [s.localName, label(`status.${s.status}`), label(`region.${s.region}`)], href: `/states/${s.iso3}` })),
    ),
  };

  return {
    from,
    to,
    generatedAt: new Date().toISOString(),
    locale,
    includesRestricted: includeRestricted,
    sections: [treatyActions, domesticSteps, pledgesMade, pledgesClosed, pledgesOpen, contactSection, noContact, article7, quotes],
  };
}
