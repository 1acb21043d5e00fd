import type { Prisma, PrismaClient } from "@prisma/client";
import { fromIsoDate, toIsoDate } from "@/lib/domain/dates";
import { parseFuzzyDate } from "@/lib/domain/fuzzy-date";
import { treatyActionsAccomplished } from "@/lib/domain/pledges";
import { keepTreatyActionPledges } from "@/features/pledges/keeping";
import { recordAudit } from "@/platform/audit";
import { MEETINGS_2013, ORGANISATIONS } from "./meetings-2013";

/** Every state and organisation gets its actor row: statements, pledges and contacts all point at actors. */
export async function ensureActors(tx: Prisma.TransactionClient): Promise<void> {
  for (const org of ORGANISATIONS) {
    await tx.organisation.upsert({
      where: { name: org.name },
      update: {},
      create: { name: org.name, shortName: org.shortName, aliases: [...org.aliases] },
    });
  }
  const states = await tx.state.findMany({ select: { iso3: true } });
  await tx.actor.createMany({ data: states.map((s) => ({ kind: "STATE" as const, stateIso3: s.iso3 })), skipDuplicates: true });
  const orgs = await tx.organisation.findMany({ select: { id: true } });
  await tx.actor.createMany({ data: orgs.map((o) => ({ kind: "ORGANISATION" as const, organisationId: o.id })), skipDuplicates: true });
}

/** Loads the April 2013 session and the Fourth Meeting of States Parties, once. */
export async function seedMeetings2013(prisma: PrismaClient, treatyId: number): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await ensureActors(tx);
      const actors = await tx.actor.findMany({ select: { id: true, stateIso3: true, organisation: { select: { name: true } } } });
      const actorId = (speaker: string) => {
        const found = actors.find((a) => a.stateIso3 === speaker || a.organisation?.name === speaker);
        if (!found) throw new Error(`Seed speaker not found: ${speaker}`);
        return found.id;
      };
      const lusaka = MEETINGS_2013.find((m) => m.kind === "MEETING_OF_STATES_PARTIES")!;
      let created = 0;
      for (const meeting of MEETINGS_2013) {
        const exists = await tx.meeting.findFirst({ where: { name: meeting.name, startDate: fromIsoDate(meeting.startDate) }, select: { id: true } });
        if (exists) continue;
        created += 1;
        const row = await tx.meeting.create({
          data: {
            name: meeting.name,
            kind: meeting.kind,
            place: meeting.place,
            startDate: fromIsoDate(meeting.startDate),
            endDate: fromIsoDate(meeting.endDate),
            treatyId,
          },
          select: { id: true },
        });
        for (const [position, meetingSession] of meeting.sessions.entries()) {
          const meetingSessionRow = await tx.meetingSession.create({
            data: {
              meetingId: row.id,
              title: meetingSession.title,
              position,
              chairs: { create: meetingSession.chairs.map((c) => ({ actorId: actorId(c) })) },
            },
            select: { id: true },
          });
          for (const [index, statement] of meetingSession.statements.entries()) {
            const statementRow = await tx.statement.create({
              data: {
                sessionId: meetingSessionRow.id,
                speakerId: actorId(statement.speaker),
                position: index,
                summary: statement.summary,
                coSpeakers: { create: (statement.with ?? []).map((speaker, i) => ({ actorId: actorId(speaker), position: i + 1 })) },
                quotes: { create: (statement.quotes ?? []).map((text, i) => ({ text, position: i })) },
                concerns: { create: (statement.concerns ?? []).map((stateIso3) => ({ stateIso3 })) },
              },
              select: { id: true },
            });
            for (const pledge of statement.pledges ?? []) {
              const due = pledge.due ? parseFuzzyDate(pledge.due, { reference: meeting.endDate }) : null;
              if (pledge.due && !due) throw new Error(`Seed due date not understood: ${pledge.due}`);
              await tx.pledge.create({
                data: {
                  actorId: actorId(pledge.by ?? statement.speaker),
                  statementId: statementRow.id,
                  meetingId: row.id,
                  text: pledge.text,
                  kind: pledge.kind,
                  treatyAction: pledge.treatyAction ?? null,
                  targetRegion: pledge.targetRegion ?? null,
                  dueText: due?.text ?? "",
                  duePrecision: due?.precision ?? "UNSPECIFIED",
                  dueEarliest: due?.earliest ? fromIsoDate(due.earliest) : null,
                  dueLatest: due?.latest ? fromIsoDate(due.latest) : null,
                  // Unspecified promises ("very soon") come up for review at the next Meeting of States Parties.
                  reviewOn: due?.latest ? null : fromIsoDate(lusaka.startDate),
                  targets: { create: (pledge.targets ?? []).map((stateIso3) => ({ stateIso3 })) },
                },
              });
            }
          }
        }
      }
      if (created === 0) return 0;
      // Treaty actions recorded since (e.g. Canada's deposit in 2015) keep the pledges that promised them.
      const records = await tx.treatyStatus.findMany({
        where: { treatyId, state: { actor: { pledges: { some: { kind: "TREATY_ACTION" } } } } },
        select: { stateIso3: true, signed: true, deposited: true, instrument: true },
      });
      for (const record of records) {
        if (!record.deposited || toIsoDate(record.deposited) < "2013-04-18") continue;
        const deposited = toIsoDate(record.deposited);
        const signed = record.signed ? toIsoDate(record.signed) : null;
        await keepTreatyActionPledges(
          tx,
          record.stateIso3,
          treatyActionsAccomplished({ signed, deposited: null }, { signed, deposited, instrument: record.instrument }),
          deposited,
          `Treaty record: deposit on ${deposited}`,
          (entry) => recordAudit(tx, { ...entry, userId: null, at: record.deposited! }),
        );
      }
      return created;
    },
    { timeout: 60_000 },
  );
}
