import { z } from "zod";
import { fromIsoDate } from "@/lib/domain/dates";
import { MEETING_KINDS } from "@/lib/domain/pledges";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { id, list, optionalDate, optionalText, requiredText, version } from "@/platform/mutations/fields";

const WRITERS = ["COORDINATOR", "ADMIN"] as const;

const meetingFields = {
  name: requiredText("fields.name", 300),
  kind: z.enum(MEETING_KINDS, { message: "meetingMutations.chooseKindMeeting" }),
  place: optionalText("fields.place", 300),
  startDate: optionalDate("fields.start").refine((v) => v !== null, "meetingMutations.enterFirstDay"),
  endDate: optionalDate("fields.end"),
};
const endNotBeforeStart = (v: { startDate: string | null; endDate: string | null }) => !v.endDate || !v.startDate || v.endDate >= v.startDate;

export const createMeeting = defineMutation({
  name: "meeting.create",
  roles: WRITERS,
  scope: "shared",
  schema: z.object(meetingFields).refine(endNotBeforeStart, { path: ["endDate"], message: "meetingMutations.lastDayCannotBeforeFirst" }),
  async run({ tx, input, audit }) {
    const treaty = await tx.treaty.findUniqueOrThrow({ where: { code: "CCM" }, select: { id: true } });
    const meeting = await tx.meeting.create({
      data: {
        name: input.name,
        kind: input.kind,
        place: input.place,
        treatyId: treaty.id,
        startDate: fromIsoDate(input.startDate!),
        endDate: fromIsoDate(input.endDate ?? input.startDate!),
      },
      select: { id: true },
    });
    await audit({ action: "meeting.create", entity: "Meeting", entityId: meeting.id, after: { ...input } });
    return { message: say("meetingMutations.meetingNameCreated", { name: input.name }) };
  },
});

export const updateMeeting = defineMutation({
  name: "meeting.update",
  roles: WRITERS,
  scope: "shared",
  schema: z
    .object({ id, version, ...meetingFields })
    .refine(endNotBeforeStart, { path: ["endDate"], message: "meetingMutations.lastDayCannotBeforeFirst" }),
  async run({ tx, input, audit }) {
    const current = await tx.meeting.findUnique({
      where: { id: input.id },
      select: { name: true, kind: true, place: true, startDate: true, endDate: true, version: true, updatedAt: true },
    });
    if (!current) throw new ActionError("not-found", "meetingMutations.meetingNoLongerExists");
    const changed = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        kind: input.kind,
        place: input.place,
        startDate: fromIsoDate(input.startDate!),
        endDate: fromIsoDate(input.endDate ?? input.startDate!),
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) throw new ActionError("conflict", "meetingMutations.meetingChangedSomeoneElseWhile", undefined, current.version);
    await audit({
      action: "meeting.update",
      entity: "Meeting",
      entityId: input.id,
      before: { name: current.name, kind: current.kind, place: current.place },
      after: { name: input.name, kind: input.kind, place: input.place },
    });
    return { message: "meetingMutations.meetingSaved" };
  },
});

export const addMeetingSession = defineMutation({
  name: "session.add",
  roles: WRITERS,
  scope: "shared",
  schema: z.object({ meetingId: id, title: requiredText("fields.session", 300), chairs: list(id, 10) }),
  async run({ tx, input, audit }) {
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true } });
    if (!meeting) throw new ActionError("not-found", "meetingMutations.meetingNoLongerExists");
    const last = await tx.meetingSession.findFirst({
      where: { meetingId: input.meetingId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const meetingSession = await tx.meetingSession.create({
      data: {
        meetingId: input.meetingId,
        title: input.title,
        position: (last?.position ?? -1) + 1,
        chairs: { create: input.chairs.map((actorId) => ({ actorId })) },
      },
      select: { id: true },
    });
    await audit({
      action: "session.add",
      entity: "Session",
      entityId: meetingSession.id,
      after: { meetingId: input.meetingId, title: input.title, chairs: input.chairs },
    });
    return { message: say("meetingMutations.sessionTitleAdded", { title: input.title }) };
  },
});
