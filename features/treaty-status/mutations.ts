import { conflictMessage } from "@/platform/mutations/conflict";
import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { fromIsoDate, toIsoDate, todayIso } from "@/lib/domain/dates";
import { DEPOSIT_STEP_TITLE } from "@/lib/domain/domestic-path";
import { CCM_RULE } from "@/lib/domain/entry-into-force";
import { treatyActionsAccomplished } from "@/lib/domain/pledges";
import { treatyRecordProblems } from "@/lib/domain/treaty-record-rules";
import { keepTreatyActionPledges } from "../pledges/keeping";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { oneState } from "@/platform/mutations/scope";
import { iso3, optionalDate, optionalText, source, version } from "@/platform/mutations/fields";

const INSTRUMENTS = ["RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL"] as const;

const day = (d: Date | null) => (d ? toIsoDate(d) : null);

const schema = z
  .object({
    iso3,
    version,
    signed: optionalDate("fields.signature"),
    deposited: optionalDate("fields.deposit"),
    instrument: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .refine(
        (v): v is (typeof INSTRUMENTS)[number] | null => v === null || (INSTRUMENTS as readonly string[]).includes(v),
        "treatyMutations.chooseInstrumentType",
      ),
    entryIntoForce: optionalDate("fields.entryIntoForce"),
    entryIntoForceNote: optionalText("fields.reasonEntryIntoForceDate", 1000),
    withdrawalEffective: optionalDate("fields.withdrawal"),
    source,
  })
  .superRefine((v, ctx) => {
    const today = todayIso();
    for (const field of ["signed", "deposited", "entryIntoForce", "withdrawalEffective"] as const) {
      const value = v[field];
      // Entry into force and withdrawal can be known ahead (they follow a deposit or a notice by months).
      if (value && value > today && (field === "signed" || field === "deposited")) {
        ctx.addIssue({ code: "custom", path: [field], message: "treatyMutations.dateFuture2" });
      }
    }
    for (const problem of treatyRecordProblems(v, CCM_RULE)) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    }
    if (v.entryIntoForce && !v.entryIntoForceNote) {
      ctx.addIssue({
        code: "custom",
        path: ["entryIntoForceNote"],
        message: "treatyMutations.sayWhyEntryIntoForce",
      });
    }
  });

const recordSelect = {
  id: true,
  version: true,
  signed: true,
  deposited: true,
  instrument: true,
  entryIntoForce: true,
  entryIntoForceNote: true,
  withdrawalEffective: true,
  sourceNote: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.TreatyStatusSelect;

type RecordRow = Prisma.TreatyStatusGetPayload<{ select: typeof recordSelect }>;

const snapshot = (r: RecordRow) => ({
  signed: day(r.signed),
  deposited: day(r.deposited),
  instrument: r.instrument,
  entryIntoForce: day(r.entryIntoForce),
  entryIntoForceNote: r.entryIntoForceNote,
  withdrawalEffective: day(r.withdrawalEffective),
  source: r.sourceNote,
});

export const updateTreatyStatus = defineMutation({
  name: "treatyStatus.update",
  roles: ["COORDINATOR", "ADMIN"],
  scope: oneState,
  schema,
  async run({ tx, user, input, audit }) {
    const current = await tx.treatyStatus.findFirst({
      where: { stateIso3: input.iso3, treaty: { code: "CCM" } },
      select: { ...recordSelect, state: { select: { name: true } } },
    });
    if (!current) throw new ActionError("not-found", "treatyMutations.stateHasNoTreatyRecord");
    const data = {
      signed: input.signed ? fromIsoDate(input.signed) : null,
      deposited: input.deposited ? fromIsoDate(input.deposited) : null,
      instrument: input.instrument,
      entryIntoForce: input.entryIntoForce ? fromIsoDate(input.entryIntoForce) : null,
      entryIntoForceNote: input.entryIntoForce ? input.entryIntoForceNote : "",
      withdrawalEffective: input.withdrawalEffective ? fromIsoDate(input.withdrawalEffective) : null,
      sourceNote: input.source,
    };
    const updated = await tx.treatyStatus.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 }, updatedById: user.id },
    });
    if (updated.count === 0) {
      // Read again: the row read above may predate the save that won (it committed while this one waited).
      const latest =
        (await tx.treatyStatus.findUnique({ where: { id: current.id }, select: { ...recordSelect, state: { select: { name: true } } } })) ?? current;
      throw new ActionError(
        "conflict",
        conflictMessage(say("mutations.nameSTreatyRecord", { name: latest.state.name }), latest.updatedBy?.name, latest.updatedAt),
        undefined,
        latest.version,
      );
    }
    const before = snapshot(current);
    const after = {
      signed: input.signed,
      deposited: input.deposited,
      instrument: input.instrument,
      entryIntoForce: input.entryIntoForce,
      entryIntoForceNote: data.entryIntoForceNote,
      withdrawalEffective: input.withdrawalEffective,
      source: input.source,
    };
    await audit({ action: "treatyStatus.update", entity: "TreatyStatus", entityId: String(current.id), stateIso3: input.iso3, before, after });

    // Recording the deposit completes the joining path's last step: it is the same fact.
    if (input.deposited && !before.deposited) {
      const steps = await tx.domesticStep.findMany({
        where: { stateIso3: input.iso3, title: { in: Object.values(DEPOSIT_STEP_TITLE) }, status: { not: "DONE" } },
        select: { id: true, status: true, title: true },
      });
      for (const step of steps) {
        await tx.domesticStep.update({
          where: { id: step.id },
          data: {
            status: "DONE",
            dateText: input.deposited,
            datePrecision: "DAY",
            dateEarliest: data.deposited,
            dateLatest: data.deposited,
            version: { increment: 1 },
            updatedById: user.id,
            source: input.source,
          },
        });
        await audit({
          action: "domesticStep.update",
          entity: "DomesticStep",
          entityId: step.id,
          stateIso3: input.iso3,
          before: { status: step.status },
          after: { status: "DONE", date: input.deposited, reason: "deposit recorded" },
        });
      }
    }
    const accomplished = treatyActionsAccomplished(before, input);
    const kept = await keepTreatyActionPledges(
      tx,
      input.iso3,
      accomplished,
      input.deposited ?? input.signed ?? todayIso(),
      `Treaty record: ${accomplished.includes("SIGN") && !input.deposited ? `signature on ${input.signed}` : `deposit on ${input.deposited}`} (source: ${input.source})`,
      audit,
    );
    return { message: say("treatyMutations.treatyRecordSaved", { name: current.state.name, n: kept }) };
  },
});
