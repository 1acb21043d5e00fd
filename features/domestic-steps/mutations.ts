import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { PATH_KINDS, PATH_TEMPLATES, STEP_STATUSES } from "@/lib/domain/domestic-path";
import { parseFuzzyDate } from "@/lib/domain/fuzzy-date";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { oneState, stepScope } from "@/platform/mutations/scope";
import { id, iso3, optionalText, requiredText, version } from "@/platform/mutations/fields";
import { conflictMessage } from "@/platform/mutations/conflict";

const WRITERS = ["COORDINATOR", "ADMIN"] as const;

const stepSelect = {
  id: true,
  stateIso3: true,
  path: true,
  position: true,
  title: true,
  status: true,
  dateText: true,
  note: true,
  source: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.DomesticStepSelect;

type StepRow = Prisma.DomesticStepGetPayload<{ select: typeof stepSelect }>;
const snapshot = (s: StepRow) => ({ title: s.title, status: s.status, date: s.dateText, note: s.note, source: s.source, position: s.position });

async function ccmTreatyId(tx: Prisma.TransactionClient): Promise<number> {
  const treaty = await tx.treaty.findUnique({ where: { code: "CCM" }, select: { id: true } });
  if (!treaty) throw new ActionError("not-found", "stepMutations.conventionNotSetUpDatabase");
  return treaty.id;
}

async function findStep(tx: Prisma.TransactionClient, stepId: string): Promise<StepRow> {
  const step = await tx.domesticStep.findUnique({ where: { id: stepId }, select: stepSelect });
  if (!step) throw new ActionError("not-found", "stepMutations.stepNoLongerExistsMay");
  return step;
}

const fuzzyDateField = z
  .string()
  .trim()
  .max(100, "stepMutations.dateTooLong")
  .optional()
  .default("")
  .transform((text, ctx) => {
    if (!text) return null;
    const parsed = parseFuzzyDate(text, { reference: todayIso() });
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "stepMutations.writeDateSuch201306" });
      return z.NEVER;
    }
    return parsed;
  });

export const updateDomesticStep = defineMutation({
  name: "domesticStep.update",
  roles: WRITERS,
  scope: stepScope,
  schema: z.object({
    id,
    version,
    title: requiredText("fields.step", 300),
    status: z.enum(STEP_STATUSES, { message: "stepMutations.chooseStatus" }),
    date: fuzzyDateField,
    note: optionalText("fields.note"),
    source: optionalText("fields.source", 2000),
  }),
  async run({ tx, user, input, audit }) {
    const current = await findStep(tx, input.id);
    const changed = await tx.domesticStep.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        title: input.title,
        status: input.status,
        dateText: input.date?.text ?? "",
        datePrecision: input.date?.precision ?? null,
        dateEarliest: input.date?.earliest ? fromIsoDate(input.date.earliest) : null,
        dateLatest: input.date?.latest ? fromIsoDate(input.date.latest) : null,
        note: input.note,
        source: input.source,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (changed.count === 0) {
      // Read again: the row read above may predate the save that won (it committed while this one waited).
      const latest = await findStep(tx, input.id);
      throw new ActionError(
        "conflict",
        conflictMessage(say("mutations.stepTitle", { title: latest.title }), latest.updatedBy?.name, latest.updatedAt),
        undefined,
        latest.version,
      );
    }
    await audit({
      action: "domesticStep.update",
      entity: "DomesticStep",
      entityId: current.id,
      stateIso3: current.stateIso3,
      before: snapshot(current),
      after: {
        title: input.title,
        status: input.status,
        date: input.date?.text ?? "",
        note: input.note,
        source: input.source,
        position: current.position,
      },
    });
    return {
      message: say("stepMutations.titleSavedStepstatus", {
        title: input.title,
        stepStatus: { key: `labels.stepStatus.${input.status}`, lower: true },
      }),
    };
  },
});

export const startDomesticPath = defineMutation({
  name: "domesticPath.start",
  roles: WRITERS,
  scope: oneState,
  schema: z.object({ iso3, path: z.enum(PATH_KINDS, { message: "stepMutations.choosePath" }) }),
  async run({ tx, input, audit }) {
    const treatyId = await ccmTreatyId(tx);
    const existing = await tx.domesticStep.count({ where: { stateIso3: input.iso3, treatyId, path: input.path } });
    if (existing > 0)
      throw new ActionError("conflict", say("stepMutations.stateAlreadyHasPathSteps", { path: { key: `labels.path.${input.path}`, lower: true } }));
    const titles = PATH_TEMPLATES[input.path];
    await tx.domesticStep.createMany({
      data: titles.map((title, position) => ({ stateIso3: input.iso3, treatyId, path: input.path, position, title })),
    });
    await audit({
      action: "domesticPath.start",
      entity: "DomesticPath",
      entityId: `${input.iso3}:${input.path}`,
      stateIso3: input.iso3,
      after: { path: input.path, steps: [...titles] },
    });
    return { message: say("stepMutations.pathPathStartedWithN", { path: { key: `labels.path.${input.path}` }, n: titles.length }) };
  },
});

export const addDomesticStep = defineMutation({
  name: "domesticStep.add",
  roles: WRITERS,
  scope: oneState,
  schema: z.object({ iso3, path: z.enum(PATH_KINDS, { message: "stepMutations.choosePath" }), title: requiredText("fields.step", 300) }),
  async run({ tx, input, audit }) {
    const treatyId = await ccmTreatyId(tx);
    const last = await tx.domesticStep.findFirst({
      where: { stateIso3: input.iso3, treatyId, path: input.path },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const step = await tx.domesticStep.create({
      data: { stateIso3: input.iso3, treatyId, path: input.path, position: (last?.position ?? -1) + 1, title: input.title },
      select: { id: true },
    });
    await audit({
      action: "domesticStep.add",
      entity: "DomesticStep",
      entityId: step.id,
      stateIso3: input.iso3,
      after: { path: input.path, title: input.title },
    });
    return { message: say("stepMutations.stepTitleAdded", { title: input.title }) };
  },
});

export const moveDomesticStep = defineMutation({
  name: "domesticStep.move",
  roles: WRITERS,
  scope: stepScope,
  schema: z.object({ id, direction: z.enum(["up", "down"]) }),
  async run({ tx, input, audit }) {
    const step = await findStep(tx, input.id);
    const neighbour = await tx.domesticStep.findFirst({
      where: {
        stateIso3: step.stateIso3,
        path: step.path,
        position: input.direction === "up" ? { lt: step.position } : { gt: step.position },
      },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true, title: true },
    });
    if (!neighbour)
      throw new ActionError(
        "invalid",
        say(input.direction === "up" ? "stepMutations.titleAlreadyFirst" : "stepMutations.titleAlreadyLast", { title: step.title }),
      );
    await tx.domesticStep.update({ where: { id: step.id }, data: { position: neighbour.position, version: { increment: 1 } } });
    await tx.domesticStep.update({ where: { id: neighbour.id }, data: { position: step.position, version: { increment: 1 } } });
    await audit({
      action: "domesticStep.move",
      entity: "DomesticStep",
      entityId: step.id,
      stateIso3: step.stateIso3,
      before: { position: step.position },
      after: { position: neighbour.position, swappedWith: neighbour.title },
    });
    return { message: say(input.direction === "up" ? "stepMutations.titleMovedUp" : "stepMutations.titleMovedDown", { title: step.title }) };
  },
});

export const removeDomesticStep = defineMutation({
  name: "domesticStep.remove",
  roles: WRITERS,
  scope: stepScope,
  schema: z.object({ id, version }),
  async run({ tx, input, audit }) {
    const step = await findStep(tx, input.id);
    const removed = await tx.domesticStep.deleteMany({ where: { id: input.id, version: input.version } });
    if (removed.count === 0) {
      const latest = await findStep(tx, input.id);
      throw new ActionError(
        "conflict",
        conflictMessage(say("mutations.stepTitle", { title: latest.title }), latest.updatedBy?.name, latest.updatedAt),
        undefined,
        latest.version,
      );
    }
    await audit({ action: "domesticStep.remove", entity: "DomesticStep", entityId: step.id, stateIso3: step.stateIso3, before: snapshot(step) });
    return { message: say("stepMutations.stepTitleRemoved", { title: step.title }) };
  },
});
