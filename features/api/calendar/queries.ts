import "server-only";
import { db } from "@/platform/db";
import { article7Entries, contactEntries, feedWindow, meetingEntry, pledgeEntries, type CalendarEntry } from "@/lib/domain/calendar";
import { addDays } from "@/lib/domain/contacts";
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { CCM_RULE, entryIntoForceFor } from "@/lib/domain/entry-into-force";
import type { Locale } from "@/lib/domain/locale";
import { localStateName } from "@/lib/domain/state-names";
import { visibleContacts, type Viewer } from "@/platform/auth/visibility";
import { actorSelect, toActorOption } from "@/features/meetings/speakers";
import { calendarWords } from "./words";

const day = (d: Date | null) => (d ? toIsoDate(d) : null);

/**
 * Everything in a user's calendar feed, in five queries: all meetings, open pledges with a due or review date,
 * planned contacts and open next steps (only the contacts this viewer may see: platform/auth/visibility.ts), and the
 * Article 7 deadlines of States Parties.
 */
export async function calendarEntries(viewer: Viewer, today: IsoDate, locale: Locale = "en"): Promise<CalendarEntry[]> {
  const words = calendarWords(locale);
  const stateName = (iso3: string, name: string) => localStateName(iso3, name, locale);
  const actorName = (actor: Parameters<typeof toActorOption>[0]) => {
    const option = toActorOption(actor);
    return option.stateIso3 ? stateName(option.stateIso3, option.name) : option.name;
  };
  const { from, until } = feedWindow(today);
  const recent = fromIsoDate(addDays(today, -90));
  const [meetings, pledges, contacts, statuses, reports] = await Promise.all([
    // Every meeting, past ones included: they are few, and a calendar shows the history of the process too.
    db().meeting.findMany({
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: { id: true, name: true, kind: true, place: true, startDate: true, endDate: true },
    }),
    db().pledge.findMany({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, OR: [{ dueLatest: { not: null } }, { reviewOn: { not: null } }] },
      orderBy: [{ dueLatest: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, text: true, dueText: true, dueEarliest: true, dueLatest: true, reviewOn: true, actor: { select: actorSelect } },
    }),
    db().contact.findMany({
      where: {
        AND: [
          visibleContacts(viewer),
          {
            OR: [
              { status: "PLANNED", date: { gte: recent } },
              { nextStep: { not: "" }, nextStepDone: false, nextStepDue: { gte: recent } },
            ],
          },
        ],
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        status: true,
        channel: true,
        place: true,
        summary: true,
        nextStep: true,
        nextStepDue: true,
        nextStepDone: true,
        sensitivity: true,
        actor: { select: actorSelect },
        targets: { orderBy: { state: { name: "asc" } }, select: { state: { select: { iso3: true, name: true } } } },
      },
    }),
    db().treatyStatus.findMany({
      where: { treaty: { code: "CCM" }, deposited: { not: null } },
      select: { stateIso3: true, deposited: true, entryIntoForce: true, withdrawalEffective: true, state: { select: { name: true } } },
    }),
    db().article7Report.findMany({ select: { stateIso3: true, kind: true, year: true, submittedOn: true } }),
  ]);

  const submissions = new Map<string, { kind: "INITIAL" | "ANNUAL"; year: number | null; submittedOn: IsoDate }[]>();
  for (const r of reports)
    submissions.set(r.stateIso3, [...(submissions.get(r.stateIso3) ?? []), { kind: r.kind, year: r.year, submittedOn: toIsoDate(r.submittedOn) }]);
  const statesParties = statuses.flatMap((s) => {
    const eif = entryIntoForceFor(day(s.deposited), day(s.entryIntoForce), CCM_RULE);
    return eif
      ? [
          {
            iso3: s.stateIso3,
            name: stateName(s.stateIso3, s.state.name),
            entryIntoForce: eif.date,
            withdrawal: day(s.withdrawalEffective),
            submissions: submissions.get(s.stateIso3) ?? [],
          },
        ]
      : [];
  });

  return [
    ...meetings.map((m) => meetingEntry({ ...m, startDate: toIsoDate(m.startDate), endDate: toIsoDate(m.endDate) }, words)),
    ...pledges.flatMap((p) =>
      pledgeEntries(
        {
          id: p.id,
          text: p.text,
          actor: actorName(p.actor),
          dueText: p.dueText,
          dueEarliest: day(p.dueEarliest),
          dueLatest: day(p.dueLatest),
          reviewOn: day(p.reviewOn),
        },
        words,
      ),
    ),
    ...contacts.flatMap((c) =>
      contactEntries(
        {
          ...c,
          date: toIsoDate(c.date),
          nextStepDue: day(c.nextStepDue),
          actor: actorName(c.actor),
          targets: c.targets.map((t) => stateName(t.state.iso3, t.state.name)),
        },
        words,
      ),
    ),
    ...article7Entries(statesParties, today, from, until, words),
  ];
}
