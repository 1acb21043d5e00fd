import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/visibility";
import { listStates } from "@/lib/data/states";
import { toIsoDate, type IsoDate, fromIsoDate, formatLongDate } from "@/lib/domain/dates";
import { reportObligations, obligationStatuses } from "@/lib/domain/article7";
import { PLEDGE_KIND_LABEL, PLEDGE_STATUS_LABEL, isOpenStatus } from "@/lib/domain/pledges";
import { STEP_STATUS_LABEL, type StepStatus } from "@/lib/domain/domestic-path";
import { TREATY_EVENT_LABEL, treatyEventsBetween } from "@/lib/domain/treaty-events";
import { actorSelect, joinNames, toActorOption } from "@/lib/data/actors";
import { allContacts } from "@/lib/data/contacts";
import { canSeeRestricted, CONTACT_CHANNEL_LABEL, CONTACT_OUTCOMES } from "@/lib/domain/contacts";
import { STATUS_LABEL } from "@/lib/domain/status";
import type { ProgressReport, ReportSection } from "./section";

const dayAfter = (date: IsoDate) => new Date(fromIsoDate(date).getTime() + 86_400_000);
const long = (d: IsoDate | null) => (d ? formatLongDate(d) : "");

/** The Presidency's progress report for universalization, for any period: every row links to its source. */
export async function progressReport(from: IsoDate, to: IsoDate, viewer: Viewer, options: { includeRestricted?: boolean } = {}): Promise<ProgressReport> {
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
    title: "Treaty actions",
    description: `Signatures, deposits of instruments, entries into force and withdrawals from ${long(from)} to ${long(to)}.`,
    columns: ["Date", "State", "Action"],
    rows: treatyEventsBetween(states.rows, from, to)
      .reverse()
      .map((e) => ({ cells: [long(e.date), e.subject.name, TREATY_EVENT_LABEL[e.kind]], href: `/states/${e.subject.iso3}` })),
  };

  const stepRows = stepEvents.flatMap((e) => {
    const after = (e.after ?? {}) as { title?: string; status?: StepStatus };
    const before = (e.before ?? {}) as { status?: StepStatus };
    if (!after.status || after.status === before.status || (after.status !== "DONE" && after.status !== "IN_PROGRESS")) return [];
    return [{ cells: [long(toIsoDate(e.at)), names.get(e.stateIso3!) ?? e.stateIso3!, after.title ?? "", STEP_STATUS_LABEL[after.status]], href: `/states/${e.stateIso3}` }];
  });
  const domesticSteps: ReportSection = {
    key: "domestic-steps",
    title: "States that advanced domestic steps",
    description: "Ratification, accession and implementation steps recorded as started or done in the period.",
    columns: ["Date", "State", "Step", "Now"],
    rows: stepRows,
  };

  const madeOn = (p: (typeof pledges)[number]) => (p.meeting ? toIsoDate(p.meeting.startDate) : toIsoDate(p.createdAt));
  const madeIn = (p: (typeof pledges)[number]) => madeOn(p) >= from && madeOn(p) <= to;
  // Open at the end of the period: still open now, or closed only after the period.
  const openAtEnd = (p: (typeof pledges)[number]) => isOpenStatus(p.status) || (!!p.closedOn && toIsoDate(p.closedOn) > to);
  const closedIn = (p: (typeof pledges)[number]) => !!p.closedOn && toIsoDate(p.closedOn) >= from && toIsoDate(p.closedOn) <= to;
  const pledgeRow = (p: (typeof pledges)[number], extra: string) => ({
    cells: [toActorOption(p.actor).name, p.text, PLEDGE_KIND_LABEL[p.kind], p.dueText || "—", PLEDGE_STATUS_LABEL[p.status], extra],
    href: `/pledges/${p.id}`,
  });
  const pledgeColumns = ["Who", "Pledge", "Kind", "Due", "Status", "Made at / evidence"];
  const pledgesMade: ReportSection = {
    key: "pledges-made",
    title: "Pledges made",
    description: "Promises recorded at meetings held in the period.",
    columns: pledgeColumns,
    rows: pledges.filter(madeIn).map((p) => pledgeRow(p, p.meeting?.name ?? "")),
  };
  const pledgesClosed: ReportSection = {
    key: "pledges-closed",
    title: "Pledges kept, slipped or withdrawn",
    description: "Pledges closed in the period, with the evidence recorded.",
    columns: pledgeColumns,
    rows: pledges.filter(closedIn).map((p) => pledgeRow(p, p.evidence)),
  };
  const pledgesOpen: ReportSection = {
    key: "pledges-open",
    title: "Pledges still open",
    description: `Pledges open at ${long(to)}, by due date; “overdue” when the last day the due date can mean has passed.`,
    columns: [...pledgeColumns.slice(0, 5), "Overdue"],
    rows: pledges
      .filter(openAtEnd)
      .map((p) => {
        const row = pledgeRow(p, "");
        return { ...row, cells: [...row.cells.slice(0, 4), "Open", p.dueLatest && toIsoDate(p.dueLatest) < to ? "Overdue" : ""] };
      }),
  };

  const quotes: ReportSection = {
    key: "quotes",
    title: "Notable quotes",
    description: "Words quoted verbatim from statements at meetings held in the period.",
    columns: ["Speaker", "Quote", "Meeting"],
    rows: statements.flatMap((s) =>
      s.quotes.map((q) => ({ cells: [joinNames([s.speaker, ...s.coSpeakers.map((c) => c.actor)].map((a) => toActorOption(a).name)), `“${q.text}”`, `${s.session.meeting.name}, ${s.session.title}`], href: `/meetings/${s.session.meeting.id}` })),
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
      cells: [s.name, o.kind === "INITIAL" ? "Initial report" : `Annual update ${o.year}`, long(o.due), o.state === "LATE" ? "Late" : o.state === "DUE" ? "Due" : o.state === "SUBMITTED_LATE" ? `Submitted late (${long(o.submittedOn)})` : `Submitted (${long(o.submittedOn)})`],
      href: `/states/${s.iso3}`,
    }));
  });
  const article7: ReportSection = {
    key: "article-7",
    title: "Article 7 transparency reports due",
    description:
      reports.length === 0
        ? "No report submissions are recorded yet, so every report due in the period shows as late or due until submissions are entered."
        : "Initial reports (180 days after entry into force) and annual updates (30 April) falling due in the period.",
    columns: ["State", "Report", "Due", "Status"],
    rows: article7Rows,
  };

  const tally = new Map<string, { region: string; channel: string; counts: Record<string, number>; total: number }>();
  for (const contact of contacts) {
    for (const region of new Set(contact.targets.map((t) => t.region))) {
      const key = `${region}|${contact.channel}`;
      const entry = tally.get(key) ?? { region, channel: CONTACT_CHANNEL_LABEL[contact.channel], counts: {}, total: 0 };
      entry.total += 1;
      if (contact.outcome) entry.counts[contact.outcome] = (entry.counts[contact.outcome] ?? 0) + 1;
      tally.set(key, entry);
    }
  }
  const contactSection: ReportSection = {
    key: "contacts",
    title: "Contacts by region and channel",
    description: `Outreach contacts held in the period, counted once per region of their target states${includeRestricted ? ", restricted contacts included" : ""}.`,
    columns: ["Region", "Channel", "Contacts", "Positive", "Neutral", "Negative", "No response"],
    linkColumn: 2,
    rows: [...tally.values()]
      .sort((a, b) => a.region.localeCompare(b.region) || b.total - a.total)
      .map((t) => ({ cells: [t.region, t.channel, String(t.total), ...CONTACT_OUTCOMES.map((o) => String(t.counts[o] ?? 0))], href: `/contacts?region=${t.region}&from=${from}&to=${to}` })),
  };
  const contacted = new Set(contacts.flatMap((c) => c.targets.map((t) => t.iso3)));
  const noContact: ReportSection = {
    key: "no-contact",
    title: "States not contacted in the period",
    description: "Signatories first, then states that have not joined, with no recorded contact in the period.",
    columns: ["State", "Status", "Region"],
    linkColumn: 0,
    rows: states.rows
      .filter((s) => (s.status === "SIGNATORY" || s.status === "NOT_PARTY") && !contacted.has(s.iso3))
      .sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name, "en") : a.status === "SIGNATORY" ? -1 : 1))
      .map((s) => ({ cells: [s.name, STATUS_LABEL[s.status], s.region], href: `/states/${s.iso3}` })),
  };

  return {
    from,
    to,
    generatedAt: new Date().toISOString(),
    includesRestricted: includeRestricted,
    sections: [treatyActions, domesticSteps, pledgesMade, pledgesClosed, pledgesOpen, contactSection, noContact, article7, quotes],
  };
}
