import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { fromIsoDate, isIsoDate, toIsoDate, type IsoDate } from "@/lib/domain/dates";
import { PATH_KINDS, PATH_TEMPLATES } from "@/lib/domain/domestic-path";
import { parseFuzzyDate } from "@/lib/domain/fuzzy-date";
import { PLEDGE_KINDS, TREATY_ACTIONS } from "@/lib/domain/pledges";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation, type MutationContext } from "@/platform/mutations/core";
import { id, required, tooLong } from "@/platform/mutations/fields";
import { assertKnownStates } from "@/platform/mutations/references";
import { conflictMessage } from "@/platform/mutations/conflict";

const key = z.string().regex(/^[0-9a-f]{16}$/, "importMutations.unknownProposal");
const text = (field: string, max: number) => z.string().trim().min(1, required(field)).max(max, tooLong(field, max));
const code = z.string().regex(/^[A-Z]{3}$/, "mutations.unknownState");
const dayText = z.string().trim().max(100, "stepMutations.dateTooLong");

const pledgeProposal = z.object({
  key,
  actorId: id.nullable(),
  text: text("fields.whatPromised", 5000),
  kind: z.enum(PLEDGE_KINDS, { message: "pledgeMutations.chooseKindPledge" }),
  treatyAction: z.enum(TREATY_ACTIONS).nullable(),
  due: dayText,
});

const stepProposal = z.object({
  key,
  iso3: code,
  path: z.enum(PATH_KINDS),
  title: text("fields.step", 300),
  status: z.enum(["DONE", "IN_PROGRESS"]),
  date: dayText,
  note: z.string().max(5000),
  stepId: id.nullable(),
  version: z.number().int().min(1).nullable(),
});

const contactProposal = z.object({
  key,
  actorId: id.nullable(),
  targetIso3: code,
  outcome: z.enum(["POSITIVE", "NEUTRAL", "NEGATIVE"]),
  summary: text("fields.whatHappened", 5000),
  date: z.string().refine(isIsoDate, "importMutations.enterContactSDateYyyy"),
});

const statementProposal = z.object({
  key,
  /** False: only the statement's pledges, steps or contacts are saved, attached to `attachTo` if given. */
  create: z.boolean(),
  attachTo: id.nullable(),
  speakerIds: z.array(id.nullable()).min(1).max(10),
  speakerNames: z.array(z.string().max(300)).max(10),
  summary: text("fields.statementSSummary", 20_000),
  quotes: z.array(z.string().trim().min(1).max(5000, "importMutations.quoteTooLong")).max(50),
  concerns: z.array(code).max(60),
  pledges: z.array(pledgeProposal).max(50),
  steps: z.array(stepProposal).max(20),
  contacts: z.array(contactProposal).max(20),
});

const payload = z.object({
  sessionId: id.nullable(),
  sessionTitle: z.string().trim().max(200, "importMutations.sessionSTitleTooLong"),
  language: z.enum(["en", "fr", "es"]),
  chairIds: z.array(id).max(10),
  statements: z.array(statementProposal).max(1000),
});

type Payload = z.infer<typeof payload>;
type Ctx = MutationContext<{ meetingId: string; payload: Payload }>;

const payloadField = z
  .string({ message: "importMutations.nothingSaveReviewProposalsFirst" })
  .max(5_000_000, "importMutations.tooMuchSaveOnceImport")
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "importMutations.reviewCouldNotReadPaste" });
      return z.NEVER;
    }
  })
  .pipe(payload);

async function recordProposal(tx: Prisma.TransactionClient, meetingId: string, fingerprint: string, entity: string, entityId: string) {
  await tx.importedProposal.create({ data: { meetingId, fingerprint, entity, entityId }, select: { id: true } });
}

async function targetMeetingSession(ctx: Ctx, meetingId: string): Promise<{ id: string; title: string }> {
  const { tx, input, audit } = ctx;
  const { sessionId, sessionTitle, chairIds } = input.payload;
  if (sessionId) {
    const meetingSession = await tx.meetingSession.findUnique({
      where: { id: sessionId },
      select: { id: true, title: true, meetingId: true, chairs: { select: { actorId: true } } },
    });
    if (!meetingSession || meetingSession.meetingId !== meetingId)
      throw new ActionError("invalid", "importMutations.chooseSessionMeeting", { sessionId: "importMutations.chooseSessionMeeting" });
    if (meetingSession.chairs.length === 0 && chairIds.length > 0) {
      await tx.meetingSessionChair.createMany({ data: [...new Set(chairIds)].map((actorId) => ({ sessionId, actorId })) });
      await audit({ action: "session.chairs", entity: "Session", entityId: sessionId, after: { chairs: chairIds } });
    }
    return meetingSession;
  }
  if (!sessionTitle)
    throw new ActionError("invalid", "importMutations.nameNewSessionChooseExisting", { sessionTitle: "importMutations.nameNewSessionEG" });
  const last = await tx.meetingSession.findFirst({ where: { meetingId }, orderBy: { position: "desc" }, select: { position: true } });
  const meetingSession = await tx.meetingSession.create({
    data: {
      meetingId,
      title: sessionTitle,
      position: (last?.position ?? -1) + 1,
      chairs: { create: [...new Set(chairIds)].map((actorId) => ({ actorId })) },
    },
    select: { id: true, title: true },
  });
  await audit({
    action: "session.add",
    entity: "Session",
    entityId: meetingSession.id,
    after: { title: sessionTitle, chairs: chairIds, imported: true },
  });
  return meetingSession;
}

async function checkActors(tx: Prisma.TransactionClient, statements: Payload["statements"]) {
  const ids = new Set<string>();
  statements.forEach((s, i) => {
    const unknown = (j: number) =>
      new ActionError("invalid", say("importMutations.sayWhoNameRejectStatement", { name: s.speakerNames[j] ?? "?" }), {
        [`statements.${i}.speakerIds`]: "importMutations.chooseWhoSpoke",
      });
    s.speakerIds.forEach((speaker, j) => {
      if (s.create && !speaker) throw unknown(j);
      if (speaker) ids.add(speaker);
    });
    for (const p of [...s.pledges, ...s.contacts]) {
      if (!p.actorId) throw unknown(Math.max(0, s.speakerIds.indexOf(null)));
      ids.add(p.actorId);
    }
  });
  const found = await tx.actor.findMany({ where: { id: { in: [...ids] } }, select: { id: true, stateIso3: true } });
  if (found.length !== ids.size) throw new ActionError("invalid", "importMutations.someSpeakersAreNoLonger");
  return new Map(found.map((a) => [a.id, a.stateIso3]));
}

async function saveStep(ctx: Ctx, step: Payload["statements"][number]["steps"][number], treatyId: number, source: string, reference: IsoDate) {
  const { tx, user, audit } = ctx;
  const date = step.date ? parseFuzzyDate(step.date, { reference }) : null;
  if (step.date && !date) throw new ActionError("invalid", say("importMutations.dateDateStepTitleNot", { date: step.date, title: step.title }));
  const dateData = {
    dateText: date?.text ?? "",
    datePrecision: date?.precision ?? null,
    dateEarliest: date?.earliest ? fromIsoDate(date.earliest) : null,
    dateLatest: date?.latest ? fromIsoDate(date.latest) : null,
  };
  let stepId = step.stepId;
  if (!stepId) {
    const existing = await tx.domesticStep.findMany({
      where: { stateIso3: step.iso3, treatyId, path: step.path },
      select: { id: true, title: true, position: true },
    });
    if (existing.length === 0) {
      const titles = PATH_TEMPLATES[step.path];
      await tx.domesticStep.createMany({
        data: titles.map((title, position) => ({ stateIso3: step.iso3, treatyId, path: step.path, position, title })),
      });
      await audit({
        action: "domesticPath.start",
        entity: "DomesticPath",
        entityId: `${step.iso3}:${step.path}`,
        stateIso3: step.iso3,
        after: { path: step.path, steps: [...titles], imported: true },
      });
    }
    const same = await tx.domesticStep.findMany({
      where: { stateIso3: step.iso3, treatyId, path: step.path },
      select: { id: true, title: true, position: true },
      orderBy: { position: "asc" },
    });
    const match = same.find((s) => s.title === step.title);
    if (match) stepId = match.id;
    else {
      const created = await tx.domesticStep.create({
        data: {
          stateIso3: step.iso3,
          treatyId,
          path: step.path,
          position: (same.at(-1)?.position ?? -1) + 1,
          title: step.title,
          status: step.status,
          ...dateData,
          note: step.note,
          source,
          updatedById: user.id,
        },
        select: { id: true },
      });
      await audit({
        action: "domesticStep.add",
        entity: "DomesticStep",
        entityId: created.id,
        stateIso3: step.iso3,
        after: { path: step.path, title: step.title, status: step.status, date: dateData.dateText, note: step.note, source },
      });
      return created.id;
    }
  }
  const current = await tx.domesticStep.findUnique({
    where: { id: stepId },
    select: {
      stateIso3: true,
      title: true,
      status: true,
      dateText: true,
      note: true,
      source: true,
      version: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
    },
  });
  if (!current || current.stateIso3 !== step.iso3)
    throw new ActionError("not-found", say("importMutations.stepTitleIso3NoLonger", { title: step.title, iso3: step.iso3 }));
  const note = current.note ? `${current.note}\n${step.note}` : step.note;
  const changed = await tx.domesticStep.updateMany({
    where: { id: stepId, version: step.version ?? current.version },
    data: { status: step.status, ...(date ? dateData : {}), note, source, version: { increment: 1 }, updatedById: user.id },
  });
  if (changed.count === 0)
    throw new ActionError(
      "conflict",
      conflictMessage(say("mutations.stepTitleIso3", { title: current.title, iso3: step.iso3 }), current.updatedBy?.name, current.updatedAt),
    );
  await audit({
    action: "domesticStep.update",
    entity: "DomesticStep",
    entityId: stepId,
    stateIso3: step.iso3,
    before: { status: current.status, date: current.dateText, note: current.note, source: current.source },
    after: { status: step.status, date: date ? dateData.dateText : current.dateText, note, source },
  });
  return stepId;
}

/** Saves what a coordinator accepted from an imported summary, all at once: any refusal leaves nothing behind. */
export const importSummary = defineMutation({
  name: "meeting.import",
  roles: ["COORDINATOR", "ADMIN"],
  // A whole session of a meeting, with statements and pledges of many states: shared by every region.
  scope: "shared",
  schema: z.object({ meetingId: id, payload: payloadField }),
  async run(ctx) {
    const { tx, user, input, audit } = ctx;
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, name: true, startDate: true, treatyId: true },
    });
    if (!meeting) throw new ActionError("not-found", "meetingMutations.meetingNoLongerExists");
    // Two coordinators saving the same review at once: the second waits, then finds the first one's proposals saved.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting.import:${meeting.id}`}))`;
    const { statements, language } = input.payload;
    const keys = statements.flatMap((s) => [
      ...(s.create ? [s.key] : []),
      ...s.pledges.map((p) => p.key),
      ...s.steps.map((p) => p.key),
      ...s.contacts.map((p) => p.key),
    ]);
    if (keys.length === 0) throw new ActionError("invalid", "importMutations.nothingAcceptedAcceptLeastOne");
    if (new Set(keys).size !== keys.length) throw new ActionError("invalid", "importMutations.sameProposalAppearsTwiceReview");
    const already = await tx.importedProposal.count({ where: { meetingId: meeting.id, fingerprint: { in: keys } } });
    if (already > 0) throw new ActionError("conflict", "importMutations.someTheseProposalsWereSaved");
    const stateOf = await checkActors(tx, statements);
    await assertKnownStates(
      tx,
      statements.flatMap((s) => [...s.concerns, ...s.steps.map((p) => p.iso3), ...s.contacts.map((p) => p.targetIso3)]),
      "statements",
    );
    const attachIds = statements.flatMap((s) => (s.attachTo ? [s.attachTo] : []));
    const attachable = await tx.statement.count({ where: { id: { in: attachIds }, session: { meetingId: meeting.id } } });
    if (attachable !== new Set(attachIds).size) throw new ActionError("invalid", "importMutations.statementTheseProposalsBelongNo");

    const meetingDate = toIsoDate(meeting.startDate);
    const source = `${meeting.name}, imported summary`;
    const needsMeetingSession = statements.some((s) => s.create);
    const meetingSession = needsMeetingSession ? await targetMeetingSession(ctx, meeting.id) : null;
    let position = meetingSession
      ? ((await tx.statement.findFirst({ where: { sessionId: meetingSession.id }, orderBy: { position: "desc" }, select: { position: true } }))
          ?.position ?? -1) + 1
      : 0;
    const counts = { statements: 0, pledges: 0, steps: 0, contacts: 0 };
    const touchedStates = new Set<string>();

    for (const s of statements) {
      let statementId = s.attachTo;
      const [speakerId, ...together] = s.speakerIds.filter((v): v is string => v !== null);
      if (s.create && meetingSession) {
        const created = await tx.statement.create({
          data: {
            sessionId: meetingSession.id,
            speakerId,
            position: position++,
            summary: s.summary,
            language,
            coSpeakers: { create: [...new Set(together)].filter((a) => a !== speakerId).map((actorId, i) => ({ actorId, position: i + 1 })) },
            quotes: { create: s.quotes.map((q, i) => ({ text: q, position: i })) },
            concerns: { create: [...new Set(s.concerns)].map((stateIso3) => ({ stateIso3 })) },
          },
          select: { id: true },
        });
        statementId = created.id;
        counts.statements += 1;
        const iso3 = stateOf.get(speakerId) ?? null;
        if (iso3) touchedStates.add(iso3);
        await audit({
          action: "statement.add",
          entity: "Statement",
          entityId: created.id,
          stateIso3: iso3,
          after: { summary: s.summary, quotes: s.quotes, concerns: s.concerns, coSpeakers: together, imported: true },
        });
        await recordProposal(tx, meeting.id, s.key, "Statement", created.id);
      }
      for (const p of s.pledges) {
        const due = p.due ? parseFuzzyDate(p.due, { reference: meetingDate }) : null;
        if (p.due && !due) throw new ActionError("invalid", say("importMutations.dueDateDueNotUnderstood", { due: p.due }));
        if (p.kind === "TREATY_ACTION" && !p.treatyAction)
          throw new ActionError("invalid", say("importMutations.sayWhichTreatyActionTitle", { title: p.text.slice(0, 80) }));
        const pledge = await tx.pledge.create({
          data: {
            actorId: p.actorId!,
            statementId,
            meetingId: meeting.id,
            text: p.text,
            kind: p.kind,
            treatyAction: p.kind === "TREATY_ACTION" ? p.treatyAction : null,
            dueText: due?.text ?? "",
            duePrecision: due?.precision ?? "UNSPECIFIED",
            dueEarliest: due?.earliest ? fromIsoDate(due.earliest) : null,
            dueLatest: due?.latest ? fromIsoDate(due.latest) : null,
            updatedById: user.id,
          },
          select: { id: true },
        });
        counts.pledges += 1;
        const iso3 = stateOf.get(p.actorId!) ?? null;
        if (iso3) touchedStates.add(iso3);
        await audit({
          action: "pledge.create",
          entity: "Pledge",
          entityId: pledge.id,
          stateIso3: iso3,
          after: { text: p.text, kind: p.kind, due: due?.text ?? "", status: "OPEN", imported: true },
        });
        await recordProposal(tx, meeting.id, p.key, "Pledge", pledge.id);
      }
      for (const step of s.steps) {
        const stepId = await saveStep(ctx, step, meeting.treatyId, source, meetingDate);
        counts.steps += 1;
        touchedStates.add(step.iso3);
        await recordProposal(tx, meeting.id, step.key, "DomesticStep", stepId);
      }
      for (const c of s.contacts) {
        const contact = await tx.contact.create({
          data: {
            date: fromIsoDate(c.date),
            status: "DONE",
            actorId: c.actorId!,
            channel: "OTHER",
            summary: c.summary,
            outcome: c.outcome,
            sensitivity: "SHARED",
            importKey: `import:${meeting.id}:${c.key}`,
            loggedById: user.id,
            updatedById: user.id,
            targets: { create: [{ stateIso3: c.targetIso3 }] },
          },
          select: { id: true },
        });
        counts.contacts += 1;
        touchedStates.add(c.targetIso3);
        await audit({
          action: "contact.create",
          entity: "Contact",
          entityId: contact.id,
          stateIso3: c.targetIso3,
          after: { date: c.date, summary: c.summary, outcome: c.outcome, targets: [c.targetIso3], imported: true },
        });
        await recordProposal(tx, meeting.id, c.key, "Contact", contact.id);
      }
    }
    const parts = (
      [
        [counts.statements, "importMutations.statements"],
        [counts.pledges, "importMutations.pledges"],
        [counts.steps, "importMutations.domesticSteps"],
        [counts.contacts, "importMutations.contacts"],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, key]) => say(key, { n }));
    return { message: say("importMutations.savedListFromSummary", { list: { list: parts } }) };
  },
});
