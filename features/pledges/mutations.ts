import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { say } from "@/lib/domain/message";
import { parseFuzzyDate, type FuzzyDate } from "@/lib/domain/fuzzy-date";
import { needsEvidence, PLEDGE_KINDS, PLEDGE_STATUSES, TREATY_ACTIONS } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";
import { ActionError, defineMutation, type MutationContext } from "@/platform/mutations/core";
import { bulkPledgeScope, pledgeScope } from "@/platform/mutations/scope";
import { id, iso3List, list, optionalDate, optionalId, optionalText, requiredText, version } from "@/platform/mutations/fields";
import { assertKnownStates } from "@/platform/mutations/references";
import { conflictMessage } from "@/platform/mutations/conflict";

const WRITERS = ["COORDINATOR", "ADMIN"] as const;

const dueField = z
  .string()
  .trim()
  .max(100, "pledgeMutations.dueDateTooLong")
  .optional()
  .default("")
  .transform((text, ctx): FuzzyDate | null => {
    if (!text) return null;
    const parsed = parseFuzzyDate(text, { reference: todayIso() });
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "pledgeMutations.writeDueDateSaid22" });
      return z.NEVER;
    }
    return parsed;
  });

const pledgeFields = {
  actorId: id,
  text: requiredText("fields.whatPromised", 5000),
  kind: z.enum(PLEDGE_KINDS, { message: "pledgeMutations.chooseKindPledge" }),
  treatyAction: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(TREATY_ACTIONS).nullable()),
  targetRegion: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(REGIONS).nullable()),
  targets: iso3List,
  due: dueField,
  reviewOn: optionalDate("fields.reviewDate"),
  meetingId: optionalId,
  statementId: optionalId,
};

type PledgeInput = { kind: string; treatyAction: string | null };
const treatyActionRule = (v: PledgeInput) => v.kind !== "TREATY_ACTION" || v.treatyAction !== null;
const treatyActionIssue = { path: ["treatyAction"], message: "pledgeMutations.sayWhichTreatyActionPromised" };

function dueData(due: FuzzyDate | null, reviewOn: string | null) {
  return {
    dueText: due?.text ?? "",
    duePrecision: due?.precision ?? ("UNSPECIFIED" as const),
    dueEarliest: due?.earliest ? fromIsoDate(due.earliest) : null,
    dueLatest: due?.latest ? fromIsoDate(due.latest) : null,
    reviewOn: reviewOn ? fromIsoDate(reviewOn) : null,
  };
}

type PledgeFieldsInput = z.infer<z.ZodObject<typeof pledgeFields>>;

function pledgeData(input: PledgeFieldsInput) {
  return {
    actorId: input.actorId,
    text: input.text,
    kind: input.kind,
    treatyAction: input.kind === "TREATY_ACTION" ? input.treatyAction : null,
    targetRegion: input.targetRegion,
    meetingId: input.meetingId,
    statementId: input.statementId,
    ...dueData(input.due, input.reviewOn),
  };
}

async function checkReferences(
  tx: Prisma.TransactionClient,
  input: { actorId: string; targets: string[]; meetingId: string | null; statementId: string | null },
) {
  const actor = await tx.actor.findUnique({ where: { id: input.actorId }, select: { stateIso3: true } });
  if (!actor) throw new ActionError("invalid", "pledgeMutations.chooseWhoMadePledge", { actorId: "pledgeMutations.chooseWhoMadePledge" });
  await assertKnownStates(tx, input.targets, "targets");
  if (input.meetingId && !(await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true } }))) {
    throw new ActionError("invalid", "pledgeMutations.meetingDoesNotExist", { meetingId: "pledgeMutations.chooseMeetingFromList" });
  }
  if (input.statementId && !(await tx.statement.findUnique({ where: { id: input.statementId }, select: { id: true } }))) {
    throw new ActionError("invalid", "pledgeMutations.statementDoesNotExist");
  }
  return actor;
}

export const createPledge = defineMutation({
  name: "pledge.create",
  roles: WRITERS,
  scope: pledgeScope,
  schema: z.object(pledgeFields).refine(treatyActionRule, treatyActionIssue),
  async run({ tx, user, input, audit }) {
    const actor = await checkReferences(tx, input);
    const pledge = await tx.pledge.create({
      data: {
        ...pledgeData(input),
        updatedById: user.id,
        targets: { create: [...new Set(input.targets)].map((stateIso3) => ({ stateIso3 })) },
      },
      select: { id: true },
    });
    await audit({
      action: "pledge.create",
      entity: "Pledge",
      entityId: pledge.id,
      stateIso3: actor.stateIso3,
      after: { text: input.text, kind: input.kind, due: input.due?.text ?? "", targets: input.targets, status: "OPEN" },
    });
    return { message: "pledgeMutations.pledgeRecorded" };
  },
});

const pledgeSnapshotSelect = {
  text: true,
  kind: true,
  treatyAction: true,
  targetRegion: true,
  dueText: true,
  status: true,
  evidence: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  actor: { select: { stateIso3: true } },
  targets: { select: { stateIso3: true } },
} satisfies Prisma.PledgeSelect;

export const updatePledge = defineMutation({
  name: "pledge.update",
  roles: WRITERS,
  scope: pledgeScope,
  schema: z.object({ id, version, ...pledgeFields }).refine(treatyActionRule, treatyActionIssue),
  async run({ tx, user, input, audit }) {
    const current = await tx.pledge.findUnique({ where: { id: input.id }, select: pledgeSnapshotSelect });
    if (!current) throw new ActionError("not-found", "pledgeMutations.pledgeNoLongerExists");
    const actor = await checkReferences(tx, input);
    const changed = await tx.pledge.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...pledgeData(input), version: { increment: 1 }, updatedById: user.id },
    });
    if (changed.count === 0) {
      // Read again: the row read above may predate the save that won (it committed while this one waited).
      const latest = (await tx.pledge.findUnique({ where: { id: input.id }, select: pledgeSnapshotSelect })) ?? current;
      throw new ActionError("conflict", conflictMessage("mutations.pledge", latest.updatedBy?.name, latest.updatedAt), undefined, latest.version);
    }
    await tx.pledgeState.deleteMany({ where: { pledgeId: input.id } });
    await tx.pledgeState.createMany({ data: [...new Set(input.targets)].map((stateIso3) => ({ pledgeId: input.id, stateIso3 })) });
    await audit({
      action: "pledge.update",
      entity: "Pledge",
      entityId: input.id,
      stateIso3: actor.stateIso3,
      before: { text: current.text, kind: current.kind, due: current.dueText, targets: current.targets.map((t) => t.stateIso3) },
      after: { text: input.text, kind: input.kind, due: input.due?.text ?? "", targets: input.targets },
    });
    return { message: "pledgeMutations.pledgeSaved" };
  },
});

const statusFields = {
  status: z.enum(PLEDGE_STATUSES, { message: "stepMutations.chooseStatus" }),
  evidence: optionalText("fields.evidence", 5000),
  closedOn: optionalDate("fields.date"),
};
const evidenceRule = (v: { status: (typeof PLEDGE_STATUSES)[number]; evidence: string }) => !needsEvidence(v.status) || v.evidence.length > 0;
const evidenceIssue = { path: ["evidence"], message: "pledgeMutations.giveEvidenceLinkContactMeeting" };

async function applyStatus(
  tx: Prisma.TransactionClient,
  userId: string,
  pledgeId: string,
  expectedVersion: number,
  input: { status: (typeof PLEDGE_STATUSES)[number]; evidence: string; closedOn: string | null },
  audit: MutationContext<unknown>["audit"],
) {
  const current = await tx.pledge.findUnique({ where: { id: pledgeId }, select: pledgeSnapshotSelect });
  if (!current) throw new ActionError("not-found", "pledgeMutations.pledgeNoLongerExists");
  const closing = needsEvidence(input.status);
  const changed = await tx.pledge.updateMany({
    where: { id: pledgeId, version: expectedVersion },
    data: {
      status: input.status,
      evidence: closing ? input.evidence : input.evidence || current.evidence,
      closedOn: closing ? fromIsoDate(input.closedOn ?? todayIso()) : null,
      version: { increment: 1 },
      updatedById: userId,
    },
  });
  if (changed.count === 0) {
    const latest = (await tx.pledge.findUnique({ where: { id: pledgeId }, select: pledgeSnapshotSelect })) ?? current;
    throw new ActionError(
      "conflict",
      conflictMessage(say("mutations.pledgeTitle", { title: latest.text.slice(0, 60) }), latest.updatedBy?.name, latest.updatedAt),
      undefined,
      latest.version,
    );
  }
  await audit({
    action: "pledge.status",
    entity: "Pledge",
    entityId: pledgeId,
    stateIso3: current.actor.stateIso3,
    before: { status: current.status, evidence: current.evidence },
    after: { status: input.status, evidence: input.evidence, closedOn: closing ? (input.closedOn ?? todayIso()) : null },
  });
}

export const setPledgeStatus = defineMutation({
  name: "pledge.status",
  roles: WRITERS,
  scope: pledgeScope,
  schema: z.object({ id, version, ...statusFields }).refine(evidenceRule, evidenceIssue),
  async run({ tx, user, input, audit }) {
    await applyStatus(tx, user.id, input.id, input.version, input, audit);
    return {
      message: say("pledgeMutations.pledgeMarkedPledgestatus", { pledgeStatus: { key: `labels.pledgeStatus.${input.status}`, lower: true } }),
    };
  },
});

/** Several pledges at once; each carries the version the coordinator saw ("id:version"). */
export const bulkPledgeStatus = defineMutation({
  name: "pledge.bulkStatus",
  roles: WRITERS,
  scope: bulkPledgeScope,
  schema: z
    .object({
      pledges: list(z.string().regex(/^[a-z0-9]{10,40}:\d+$/i, "pledgeMutations.unknownPledge"), 500).refine(
        (v) => v.length > 0,
        "pledgeMutations.selectLeastOnePledge",
      ),
      ...statusFields,
    })
    .refine(evidenceRule, evidenceIssue),
  async run({ tx, user, input, audit }) {
    for (const entry of input.pledges) {
      const [pledgeId, seen] = entry.split(":");
      await applyStatus(tx, user.id, pledgeId, Number(seen), input, audit);
    }
    const n = input.pledges.length;
    return { message: say("pledgeMutations.pledgesMarked", { n, pledgeStatus: { key: `labels.pledgeStatus.${input.status}`, lower: true } }) };
  },
});
