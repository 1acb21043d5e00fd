import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { statementScope } from "@/platform/mutations/scope";
import { conflictMessage } from "@/platform/mutations/conflict";
import { id, iso3List, list, optionalText, requiredText, version } from "@/platform/mutations/fields";
import { assertKnownStates } from "@/platform/mutations/references";

const statementFields = {
  speakerId: id,
  coSpeakerIds: list(id, 10),
  summary: requiredText("fields.summary", 20_000),
  // One quote per line, kept exactly as said (only the surrounding blank space is trimmed).
  quotes: list(z.string().max(5000, "importMutations.quoteTooLong"), 50, /\r?\n/),
  concerns: iso3List,
  language: optionalText("fields.language", 10).transform((v) => v || "en"),
};

/** Those who spoke together with the first speaker, each once, in the order given; unknown ids are refused. */
async function coSpeakers(tx: Prisma.TransactionClient, speakerId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((v) => v !== speakerId);
  const found = await tx.actor.count({ where: { id: { in: unique } } });
  if (found !== unique.length)
    throw new ActionError("invalid", "meetingMutations.chooseWhoSpokeTogetherFrom", { coSpeakerIds: "meetingMutations.chooseWhoSpokeTogetherFrom" });
  return unique;
}

export const addStatement = defineMutation({
  name: "statement.add",
  roles: ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: statementScope,
  schema: z.object({ sessionId: id, ...statementFields }),
  async run({ tx, input, audit }) {
    const meetingSession = await tx.meetingSession.findUnique({ where: { id: input.sessionId }, select: { meetingId: true } });
    if (!meetingSession) throw new ActionError("not-found", "meetingMutations.sessionNoLongerExists");
    const speaker = await tx.actor.findUnique({ where: { id: input.speakerId }, select: { stateIso3: true } });
    if (!speaker) throw new ActionError("invalid", "importMutations.chooseWhoSpoke", { speakerId: "importMutations.chooseWhoSpoke" });
    await assertKnownStates(tx, input.concerns, "concerns");
    const together = await coSpeakers(tx, input.speakerId, input.coSpeakerIds);
    const last = await tx.statement.findFirst({ where: { sessionId: input.sessionId }, orderBy: { position: "desc" }, select: { position: true } });
    const statement = await tx.statement.create({
      data: {
        sessionId: input.sessionId,
        speakerId: input.speakerId,
        position: (last?.position ?? -1) + 1,
        summary: input.summary,
        language: input.language,
        coSpeakers: { create: together.map((actorId, i) => ({ actorId, position: i + 1 })) },
        quotes: { create: input.quotes.map((text, position) => ({ text, position })) },
        concerns: { create: [...new Set(input.concerns)].map((stateIso3) => ({ stateIso3 })) },
      },
      select: { id: true },
    });
    await audit({
      action: "statement.add",
      entity: "Statement",
      entityId: statement.id,
      stateIso3: speaker.stateIso3,
      after: { summary: input.summary, quotes: input.quotes, concerns: input.concerns, coSpeakers: together },
    });
    return { message: "meetingMutations.statementAdded" };
  },
});

export const updateStatement = defineMutation({
  name: "statement.update",
  roles: ["COORDINATOR", "ADMIN"],
  scope: statementScope,
  schema: z.object({ id, version, ...statementFields }),
  async run({ tx, input, audit }) {
    const current = await tx.statement.findUnique({
      where: { id: input.id },
      select: {
        summary: true,
        version: true,
        updatedAt: true,
        speakerId: true,
        quotes: { orderBy: { position: "asc" }, select: { text: true } },
        concerns: { select: { stateIso3: true } },
        coSpeakers: { orderBy: { position: "asc" }, select: { actorId: true } },
        session: { select: { meetingId: true } },
        speaker: { select: { stateIso3: true } },
      },
    });
    if (!current) throw new ActionError("not-found", "meetingMutations.statementNoLongerExists");
    const speaker = await tx.actor.findUnique({ where: { id: input.speakerId }, select: { stateIso3: true } });
    if (!speaker) throw new ActionError("invalid", "importMutations.chooseWhoSpoke", { speakerId: "importMutations.chooseWhoSpoke" });
    await assertKnownStates(tx, input.concerns, "concerns");
    const together = await coSpeakers(tx, input.speakerId, input.coSpeakerIds);
    const changed = await tx.statement.updateMany({
      where: { id: input.id, version: input.version },
      data: { speakerId: input.speakerId, summary: input.summary, language: input.language, version: { increment: 1 } },
    });
    if (changed.count === 0) {
      // Read again: the row read above may predate the save that won (it committed while this one waited).
      const latest = (await tx.statement.findUnique({ where: { id: input.id }, select: { version: true, updatedAt: true } })) ?? current;
      throw new ActionError("conflict", conflictMessage("mutations.statement", null, latest.updatedAt), undefined, latest.version);
    }
    await tx.quote.deleteMany({ where: { statementId: input.id } });
    await tx.quote.createMany({ data: input.quotes.map((text, position) => ({ statementId: input.id, text, position })) });
    await tx.statementState.deleteMany({ where: { statementId: input.id } });
    await tx.statementState.createMany({ data: [...new Set(input.concerns)].map((stateIso3) => ({ statementId: input.id, stateIso3 })) });
    await tx.statementCoSpeaker.deleteMany({ where: { statementId: input.id } });
    await tx.statementCoSpeaker.createMany({ data: together.map((actorId, i) => ({ statementId: input.id, actorId, position: i + 1 })) });
    await audit({
      action: "statement.update",
      entity: "Statement",
      entityId: input.id,
      stateIso3: speaker.stateIso3,
      before: {
        summary: current.summary,
        quotes: current.quotes.map((q) => q.text),
        concerns: current.concerns.map((c) => c.stateIso3),
        coSpeakers: current.coSpeakers.map((c) => c.actorId),
      },
      after: { summary: input.summary, quotes: input.quotes, concerns: input.concerns, coSpeakers: together },
    });
    return { message: "meetingMutations.statementSaved" };
  },
});
