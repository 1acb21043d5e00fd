import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/visibility";
import { listStates } from "@/lib/data/states";
import { toIsoDate, type IsoDate, fromIsoDate, formatLongDate } from "@/lib/domain/dates";
import { reportObligations, obligationStatuses } from "@/lib/domain/article7";
import { isOpenStatus } from "@/lib/domain/pledges";
import type { StepStatus } from "@/lib/domain/domestic-path";
import { treatyEventsBetween } from "@/lib/domain/treaty-events";
import { actorSelect, toActorOption } from "@/lib/data/actors";
import { allContacts } from "@/lib/data/contacts";
import { canSeeRestricted, CONTACT_OUTCOMES } from "@/lib/domain/contacts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/domain/locale";
import { localActorName } from "@/lib/domain/pledge-names";
import { compareNames, localStateName } from "@/lib/domain/state-names";
import { translatorFor } from "@/lib/i18n/translator";
import type { ProgressReport, ReportSection } from "./section";

const dayAfter = (date: IsoDate) => new Date(fromIsoDate(date).getTime() + 86_400_000);

/**
 * The Presidency's progress report for universalization, for any period: every row links to its source. Written in
 * `locale` (headings, labels, dates, state names), so the page and every download read in the reader's language.
 */
export async function progressReport(
  from: IsoDate,
  to: IsoDate,
  viewer: Viewer,
  options: { includeRestricted?: boolean; locale?: Locale } = {},
): Promise<ProgressReport> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const translate = translatorFor(locale);
  const t = (key: string, values?: Record<string, string | number>) => translate(`reports.section.${key}` as "reports.section.col.date", values);
  const label = (key: string) => translate(`labels.${key}` as "labels.status.SIGNATORY");
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
  const [states, stepEvents, pledges, statements, reports, contacts] = await Promise.all([
    listStates({ asOf: to, viewer }),
    db().auditEvent.findMany({
      where: { entity: "DomesticStep", at: range, action: { in: ["domesticStep.update", "seed.history"] }, stateIso3: { not: null } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { at: true, stateIso3: true, after: true, before: true },
    }),
    db().pledge.findMany({
      // Every pledge made by the end of the period: it was made, closed, or still open within it.
      where: { OR: [{ meeting: { startDate: { lt: dayAfter(to) } } }, { meetingId: null, createdAt: { lt: dayAfter(to) } }] },
      orderBy: [{ dueLatest: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: {
        id: true, text: true, kind: true, status: true, dueText: true, dueLatest: true, closedOn: true, evidence: true, createdAt: true,
        actor: { select: actorSelect }, meeting: { select: { name: true, startDate: true } },
      },
    }),
    db().statement.findMany({
      where: { session: { meeting: { startDate: range } }, quotes: { some: {} } },
      // Sessions in order within a meeting, then statements in order: the same report every time it is made.
      orderBy: [{ session: { meeting: { startDate: "asc" } } }, { session: { meetingId: "asc" } }, { session: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
      select: { id: true, speaker: { select: actorSelect }, coSpeakers: { orderBy: { position: "asc" }, select: { actor: { select: actorSelect } } }, quotes: { orderBy: { position: "asc" }, select: { text: true } }, session: { select: { title: true, meeting: { select: { id: true, name: true } } } } },
    }),
    db().article7Report.findMany({ select: { stateIso3: true, kind: true, year: true, submittedOn: true } }),
    allContacts({ from, to, status: "DONE" }, contactReader, to),
  ]);
  const names = new Map(states.rows.map((s) => [s.iso3, s.name]));

  const treatyActions: ReportSection = {
    key: "treaty-actions",
    title: t("treatyActions.title"),
    description: t("treatyActions.description", { from: long(from), to: long(to) }),
    columns: [t("col.date"), t("col.state"), t("col.action")],
    rows: treatyEventsBetween(states.rows, from, to)
      .reverse()
      .map((e) => ({ cells: [long(e.date), stateName(e.subject.iso3, e.subject.name), label(`treatyEvent.${e.kind}`)], href: `/states/${e.subject.iso3}` })),
  };

  const stepRows = stepEvents.flatMap((e) => {
    const after = (e.after ?? {}) as { title?: string; status?: StepStatus };
    const before = (e.before ?? {}) as { status?: StepStatus };
    if (!after.status || after.status === before.status || (after.status !== "DONE" && after.status !== "IN_PROGRESS")) return [];
    return [{ cells: [long(toIsoDate(e.at)), stateName(e.stateIso3!, names.get(e.stateIso3!) ?? e.stateIso3!), after.title ?? "", label(`stepStatus.${after.status}`)], href: `/states/${e.stateIso3}` }];
  });
  const domesticSteps: ReportSection = {
    key: "domestic-steps",
    title: t("domesticSteps.title"),
    description: t("domesticSteps.description"),
    columns: [t("col.date"), t("col.state"), t("col.step"), t("col.now")],
    rows: stepRows,
  };

  const madeOn = (p: (typeof pledges)[number]) => (p.meeting ? toIsoDate(p.meeting.startDate) : toIsoDate(p.createdAt));
  const madeIn = (p: (typeof pledges)[number]) => madeOn(p) >= from && madeOn(p) <= to;
  // Open at the end of the period: still open now, or closed only after the period.
  const openAtEnd = (p: (typeof pledges)[number]) => isOpenStatus(p.status) || (!!p.closedOn && toIsoDate(p.closedOn) > to);
  const closedIn = (p: (typeof pledges)[number]) => !!p.closedOn && toIsoDate(p.closedOn) >= from && toIsoDate(p.closedOn) <= to;
  const pledgeRow = (p: (typeof pledges)[number], extra: string) => ({
    cells: [actorName(p.actor), p.text, label(`pledgeKind.${p.kind}`), p.dueText || "—", label(`pledgeStatus.${p.status}`), extra],
    href: `/pledges/${p.id}`,
  });
  const pledgeColumns = [t("col.who"), t("col.pledge"), t("col.kind"), t("col.due"), t("col.status"), t("col.madeAtEvidence")];
  const pledgesMade: ReportSection = {
    key: "pledges-made",
    title: t("pledgesMade.title"),
    description: t("pledgesMade.description"),
    columns: pledgeColumns,
    rows: pledges.filter(madeIn).map((p) => pledgeRow(p, p.meeting?.name ?? "")),
  };
  const pledgesClosed: ReportSection = {
    key: "pledges-closed",
    title: t("pledgesClosed.title"),
    description: t("pledgesClosed.description"),
    columns: pledgeColumns,
    rows: pledges.filter(closedIn).map((p) => pledgeRow(p, p.evidence)),
  };
  const pledgesOpen: ReportSection = {
    key: "pledges-open",
    title: t("pledgesOpen.title"),
    description: t("pledgesOpen.description", { date: long(to) }),
    columns: [...pledgeColumns.slice(0, 5), t("col.overdue")],
    rows: pledges
      .filter(openAtEnd)
      .map((p) => {
        const row = pledgeRow(p, "");
        return { ...row, cells: [...row.cells.slice(0, 4), label("pledgeStatus.OPEN"), p.dueLatest && toIsoDate(p.dueLatest) < to ? t("cell.overdue") : ""] };
      }),
  };

  const quotes: ReportSection = {
    key: "quotes",
    title: t("quotes.title"),
    description: t("quotes.description"),
    columns: [t("col.speaker"), t("col.quote"), t("col.meeting")],
    rows: statements.flatMap((s) =>
      s.quotes.map((q) => ({ cells: [joinNames([s.speaker, ...s.coSpeakers.map((c) => c.actor)].map(actorName)), `“${q.text}”`, `${s.session.meeting.name}, ${s.session.title}`], href: `/meetings/${s.session.meeting.id}` })),
    ),
  };

  const submissions = new Map<string, { kind: "INITIAL" | "ANNUAL"; year: number | null; submittedOn: IsoDate }[]>();
  for (const r of reports) {
    const list = submissions.get(r.stateIso3) ?? [];
    list.push({ kind: r.kind, year: r.year, submittedOn: toIsoDate(r.submittedOn) });
    submissions.set(r.stateIso3, list);
  }
  const article7Rows = states.rows.flatMap((s) => {
    if (!s.entryIntoForce || s.entryIntoForce.date > to) return [];
    const due = obligationStatuses(reportObligations(s.entryIntoForce.date, to, s.record.withdrawalEffective), submissions.get(s.iso3) ?? [], to)
      .filter((o) => o.due >= from && o.due <= to);
    return due.map((o) => ({
      cells: [
        stateName(s.iso3, s.name),
        o.kind === "INITIAL" ? t("cell.initialReport") : t("cell.annualUpdate", { year: String(o.year) }),
        long(o.due),
        o.state === "LATE" ? t("cell.late") : o.state === "DUE" ? t("cell.due") : t(o.state === "SUBMITTED_LATE" ? "cell.submittedLate" : "cell.submitted", { date: long(o.submittedOn) }),
      ],
      href: `/states/${s.iso3}`,
    }));
  });
  const article7: ReportSection = {
    key: "article-7",
    title: t("article7.title"),
    description: reports.length === 0 ? t("article7.descriptionNoSubmissions") : t("article7.description"),
    columns: [t("col.state"), t("col.report"), t("col.due"), t("col.status")],
    rows: article7Rows,
  };

  const tally = new Map<string, { region: string; channel: string; counts: Record<string, number>; total: number }>();
  for (const contact of contacts) {
    for (const region of new Set(contact.targets.map((t) => t.region))) {
      const key = `${region}|${contact.channel}`;
      const entry = tally.get(key) ?? { region, channel: label(`channel.${contact.channel}`), counts: {}, total: 0 };
      entry.total += 1;
      if (contact.outcome) entry.counts[contact.outcome] = (entry.counts[contact.outcome] ?? 0) + 1;
      tally.set(key, entry);
    }
  }
  const contactSection: ReportSection = {
    key: "contacts",
    title: t("contacts.title"),
    description: t(includeRestricted ? "contacts.descriptionRestricted" : "contacts.description"),
    columns: [t("col.region"), t("col.channel"), t("col.contacts"), ...CONTACT_OUTCOMES.map((o) => label(`outcome.${o}`))],
    linkColumn: 2,
    rows: [...tally.values()]
      .map((entry) => ({ ...entry, regionName: label(`region.${entry.region}`) }))
      .sort((a, b) => (locale === "en" ? a.region.localeCompare(b.region) : byName(a.regionName, b.regionName)) || b.total - a.total)
      .map((e) => ({ cells: [e.regionName, e.channel, String(e.total), ...CONTACT_OUTCOMES.map((o) => String(e.counts[o] ?? 0))], href: `/contacts?region=${e.region}&from=${from}&to=${to}` })),
  };
  const contacted = new Set(contacts.flatMap((c) => c.targets.map((t) => t.iso3)));
  const noContact: ReportSection = {
    key: "no-contact",
    title: t("noContact.title"),
    description: t("noContact.description"),
    columns: [t("col.state"), t("col.status"), t("col.region")],
    linkColumn: 0,
    rows: states.rows
      .filter((s) => (s.status === "SIGNATORY" || s.status === "NOT_PARTY") && !contacted.has(s.iso3))
      .map((s) => ({ ...s, localName: stateName(s.iso3, s.name) }))
      .sort((a, b) => (a.status === b.status ? byName(a.localName, b.localName) : a.status === "SIGNATORY" ? -1 : 1))
      .map((s) => ({ cells: [s.localName, label(`status.${s.status}`), label(`region.${s.region}`)], href: `/states/${s.iso3}` })),
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
