import { z } from "zod";
import type { Prisma } from "@prisma/client";
import {
  canEditContact,
  canSeeRestricted,
  CONTACT_CHANNELS,
  CONTACT_LEVELS,
  CONTACT_OUTCOMES,
  CONTACT_STATUSES,
  deconflictionWindow,
  DECONFLICTION_DAYS,
  findOverlaps,
  overlapsConfirmed,
  PLEDGE_LINK_LABEL,
  SENSITIVITIES,
  type ContactStatus,
} from "@/lib/domain/contacts";
import { fromIsoDate, isIsoDate, toIsoDate, todayIso, type IsoDate } from "@/lib/domain/dates";
import { say } from "@/lib/domain/message";
import { visibleContacts } from "@/platform/auth/visibility";
import { ActionError, defineMutation, type SignedInUser, type MutationContext, type RelatedLink } from "@/platform/mutations/core";
import { contactScope } from "@/platform/mutations/scope";
import {
  id,
  iso3List,
  languageOf,
  list,
  notADate,
  optionalDate,
  required,
  optionalId,
  optionalText,
  requiredText,
  textLanguage,
  version,
} from "@/platform/mutations/fields";
import { conflictMessage } from "@/platform/mutations/conflict";

const WRITERS = ["CONTRIBUTOR", "COORDINATOR", "ADMIN"] as const;

const requiredDate = (field: string) =>
  z
    .string({ message: required(field) })
    .trim()
    .min(1, required(field))
    .refine(isIsoDate, notADate(field));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(values, { message }).nullable());
const idList = list(id, 100);

const nextStepFields = {
  nextStep: optionalText("fields.nextStep", 2000),
  nextStepDue: optionalDate("fields.dueDateNextStep"),
  nextStepOwnerId: optionalId,
};

const contactFields = {
  date: requiredDate("fields.date"),
  status: z.enum(CONTACT_STATUSES, { message: "contactMutations.sayWhetherContactPlannedDone" }).default("DONE"),
  actorId: z.string({ message: "contactMutations.chooseWhoReachedOut" }).trim().min(1, "contactMutations.chooseWhoReachedOut").pipe(id),
  targets: iso3List.refine((v) => v.length > 0, "contactMutations.giveLeastOneTargetState"),
  channel: z.enum(CONTACT_CHANNELS, { message: "contactMutations.chooseHowContactWillMade" }),
  level: optionalEnum(CONTACT_LEVELS, "contactMutations.chooseLevelFromList"),
  place: optionalText("fields.place", 300),
  summary: requiredText("fields.summary", 10_000),
  language: textLanguage,
  outcome: optionalEnum(CONTACT_OUTCOMES, "contactMutations.chooseOutcomeFromList"),
  ...nextStepFields,
  sensitivity: z.enum(SENSITIVITIES, { message: "contactMutations.chooseWhoMaySeeContact" }).default("SHARED"),
  fulfils: idList,
  followsUp: idList,
  /** The overlapping contacts the user has seen and chosen to go ahead despite. */
  confirmedOverlaps: idList,
};

type ContactFieldsInput = z.infer<z.ZodObject<typeof contactFields>>;

interface ContactRules {
  status: ContactStatus;
  date: string;
  outcome: string | null;
  nextStep: string;
  nextStepDue: string | null;
  nextStepOwnerId: string | null;
}

function checkRules<T extends ContactRules>(value: T, ctx: z.RefinementCtx) {
  if (value.status === "DONE" && isIsoDate(value.date) && value.date > todayIso()) {
    ctx.addIssue({ code: "custom", path: ["date"], message: "contactMutations.dateFutureChoosePlannedDate" });
  }
  if (value.status === "PLANNED" && value.outcome) {
    ctx.addIssue({ code: "custom", path: ["outcome"], message: "contactMutations.plannedContactHasNoOutcome" });
  }
  if (!value.nextStep && (value.nextStepDue || value.nextStepOwnerId)) {
    ctx.addIssue({ code: "custom", path: ["nextStep"], message: "contactMutations.sayWhatNextStepClear" });
  }
}

const contactSelect = {
  id: true,
  date: true,
  status: true,
  actorId: true,
  channel: true,
  level: true,
  place: true,
  summary: true,
  outcome: true,
  nextStep: true,
  nextStepDue: true,
  nextStepDone: true,
  sensitivity: true,
  version: true,
  loggedById: true,
  updatedAt: true,
  deletedAt: true,
  actor: { select: { state: { select: { name: true } }, organisation: { select: { name: true } } } },
  updatedBy: { select: { name: true } },
  nextStepOwner: { select: { name: true } },
  targets: { select: { stateIso3: true }, orderBy: { stateIso3: "asc" } },
  pledges: { select: { pledgeId: true, link: true, pledge: { select: { text: true } } }, orderBy: { pledgeId: "asc" } },
} satisfies Prisma.ContactSelect;

type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;
const actorName = (a: { state: { name: string } | null; organisation: { name: string } | null }) =>
  a.state?.name ?? a.organisation?.name ?? "Unknown";
const day = (d: Date | null) => (d ? toIsoDate(d) : null);

/** What the audit row keeps of a contact: readable values, so the history needs no lookups. */
function snapshot(c: ContactRow) {
  return snapshotOf({
    ...c,
    actorName: actorName(c.actor),
    targets: c.targets.map((t) => t.stateIso3),
    nextStepOwner: c.nextStepOwner?.name ?? null,
    pledges: c.pledges.map((p) => ({ pledgeId: p.pledgeId, link: p.link, text: p.pledge.text })),
  });
}

interface SnapshotSource extends Pick<
  ContactRow,
  "date" | "status" | "channel" | "level" | "place" | "summary" | "outcome" | "nextStep" | "nextStepDue" | "nextStepDone" | "sensitivity"
> {
  actorName: string;
  targets: string[];
  nextStepOwner: string | null;
  pledges: { pledgeId: string; link: keyof typeof PLEDGE_LINK_LABEL; text: string }[];
}

function snapshotOf(c: SnapshotSource) {
  return {
    date: toIsoDate(c.date),
    status: c.status,
    actor: c.actorName,
    targets: [...c.targets].sort(byCode),
    channel: c.channel,
    level: c.level,
    place: c.place,
    summary: c.summary,
    outcome: c.outcome,
    nextStep: c.nextStep,
    nextStepDue: day(c.nextStepDue),
    nextStepOwner: c.nextStepOwner,
    nextStepDone: c.nextStepDone ? "yes" : "no",
    sensitivity: c.sensitivity,
    pledges: [...c.pledges].sort((a, b) => byCode(a.pledgeId, b.pledgeId)).map((p) => `${PLEDGE_LINK_LABEL[p.link]}: ${p.text}`),
  };
}

// The order the database sorts these codes and ids in (ORDER BY … ASC): they are ASCII letters and digits.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A contact as this user may see it; a restricted one is "not found" for those who may not see it. */
async function findContact(
  tx: Prisma.TransactionClient,
  user: SignedInUser,
  contactId: string,
  options: { deleted?: boolean } = {},
): Promise<ContactRow> {
  const contact = await tx.contact.findFirst({ where: { AND: [{ id: contactId }, visibleContacts(user, options)] }, select: contactSelect });
  if (!contact) throw new ActionError("not-found", "contactMutations.contactDoesNotExistNo");
  return contact;
}

/** The conflict as it is now: the row read before the update may predate the save that won while this one waited. */
async function contactConflict(
  tx: Prisma.TransactionClient,
  user: SignedInUser,
  contactId: string,
  current: ContactRow,
  options: { deleted?: boolean } = {},
): Promise<ActionError> {
  const latest =
    (await tx.contact.findFirst({ where: { AND: [{ id: contactId }, visibleContacts(user, options)] }, select: contactSelect })) ?? current;
  return new ActionError("conflict", conflictMessage("mutations.contact", latest.updatedBy?.name, latest.updatedAt), undefined, latest.version);
}

function requireEditor(user: SignedInUser, contact: ContactRow) {
  if (!canEditContact(user, contact)) {
    throw new ActionError("forbidden", "contactMutations.onlyPersonWhoLoggedContact");
  }
}

async function checkReferences(
  tx: Prisma.TransactionClient,
  input: { actorId: string; targets: string[]; fulfils: string[]; followsUp: string[]; nextStepOwnerId: string | null },
) {
  // One statement for the actor and its name (Prisma would read the state and the organisation separately).
  const [actor] = await tx.$queryRaw<{ name: string | null }[]>`
    SELECT coalesce(s.name, o.name) AS name FROM "Actor" a
    LEFT JOIN "State" s ON s.iso3 = a."stateIso3" LEFT JOIN "Organisation" o ON o.id = a."organisationId"
    WHERE a.id = ${input.actorId}`;
  if (!actor) throw new ActionError("invalid", "contactMutations.chooseWhoReachedOut", { actorId: "contactMutations.chooseWhoReachedOut" });
  const targets = [...new Set(input.targets)];
  const known = await tx.state.count({ where: { iso3: { in: targets } } });
  if (known !== targets.length)
    throw new ActionError("invalid", "mutations.someStateCodesAreUnknown", { targets: "mutations.useThreeLetterCodesKnown" });
  const pledgeIds = [...new Set([...input.fulfils, ...input.followsUp])];
  const pledges = pledgeIds.length > 0 ? await tx.pledge.findMany({ where: { id: { in: pledgeIds } }, select: { id: true, text: true } }) : [];
  if (pledges.length !== pledgeIds.length) {
    throw new ActionError("invalid", "contactMutations.someLinkedPledgesNoLonger", { fulfils: "contactMutations.choosePledgesFromList" });
  }
  const owner = await checkOwner(tx, input.nextStepOwnerId);
  // What the audit row of a new contact names, read while checking, so that the new row need not be read back.
  const names = { actor: actor.name ?? "Unknown", owner: owner?.name ?? null, pledgeText: new Map(pledges.map((p) => [p.id, p.text])) };
  return { targets, names };
}

async function checkOwner(tx: Prisma.TransactionClient, ownerId: string | null) {
  if (!ownerId) return null;
  const owner = await tx.user.findFirst({ where: { id: ownerId, active: true }, select: { name: true } });
  if (!owner)
    throw new ActionError("invalid", "contactMutations.chooseOwnerNextStepFrom", { nextStepOwnerId: "contactMutations.choosePersonFromList" });
  return owner;
}

function pledgeLinks(input: { fulfils: string[]; followsUp: string[] }) {
  const fulfils = new Set(input.fulfils);
  return [
    ...[...fulfils].map((pledgeId) => ({ pledgeId, link: "FULFILS" as const })),
    ...[...new Set(input.followsUp)].filter((p) => !fulfils.has(p)).map((pledgeId) => ({ pledgeId, link: "FOLLOWS_UP" as const })),
  ];
}

/**
 * De-confliction: contacts by other actors with a common target within ±14 days, as this user may see them
 * (a contributor is never told about a restricted contact). Unless the user has seen each of them and chosen
 * to go ahead, nothing is saved and the form lists them.
 */
async function checkOverlaps(
  tx: Prisma.TransactionClient,
  user: SignedInUser,
  candidate: { id?: string; actorId: string; date: IsoDate; targets: string[] },
  confirmed: string[],
) {
  const window = deconflictionWindow(candidate.date);
  const rows = await tx.contact.findMany({
    where: {
      AND: [
        visibleContacts(user),
        {
          date: { gte: fromIsoDate(window.from), lte: fromIsoDate(window.to) },
          actorId: { not: candidate.actorId },
          targets: { some: { stateIso3: { in: candidate.targets } } },
          ...(candidate.id ? { id: { not: candidate.id } } : {}),
        },
      ],
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, date: true, status: true, actorId: true, channel: true, targets: { select: { stateIso3: true } } },
  });
  const overlaps = findOverlaps(
    candidate,
    rows.map((r) => ({ ...r, date: toIsoDate(r.date), targets: r.targets.map((t) => t.stateIso3) })),
  );
  if (
    overlaps.length === 0 ||
    overlapsConfirmed(
      overlaps.map((o) => o.id),
      confirmed,
    )
  )
    return;
  // The names only when the user is to be asked: most saves have no overlap, or one already seen and confirmed.
  const named = new Map(
    (
      await tx.contact.findMany({
        where: { id: { in: overlaps.map((o) => o.id) } },
        select: {
          id: true,
          actor: { select: { state: { select: { name: true } }, organisation: { select: { name: true } } } },
          targets: { select: { state: { select: { name: true } } } },
        },
      })
    ).map((c) => [c.id, c]),
  );
  const related: RelatedLink[] = overlaps.flatMap((o) => {
    const c = named.get(o.id);
    if (!c) return []; // removed meanwhile
    const label = say("contactMutations.nameStatesLongdateContactstatusChannel", {
      name: actorName(c.actor),
      states: c.targets.map((t) => t.state.name).join(", "),
      longDate: { date: o.date },
      contactStatus: { key: `labels.contactStatus.${o.status}`, lower: true },
      channel: { key: `labels.channel.${o.channel}`, lower: true },
    });
    return [{ id: o.id, href: `/contacts/${o.id}`, label }];
  });
  if (related.length === 0) return;
  throw new ActionError(
    "confirm",
    related.length === 1
      ? say("contactMutations.anotherActorHasContactWith", { days: DECONFLICTION_DAYS })
      : say("contactMutations.otherActorsHaveNContacts", { n: related.length, days: DECONFLICTION_DAYS }),
    undefined,
    undefined,
    related,
  );
}

function auditScope(targets: string[], restricted: boolean) {
  return { stateIso3: targets[0] ?? null, extraIso3: targets.slice(1), sensitive: restricted };
}

export const createContact = defineMutation({
  name: "contact.create",
  roles: WRITERS,
  scope: contactScope,
  // /contacts/new shows none of the log: after saving, the browser goes on to the contact.
  rerendersPage: false,
  schema: z.object(contactFields).superRefine(checkRules),
  async run({ tx, user, input, audit }) {
    const { targets, names } = await checkReferences(tx, input);
    await checkOverlaps(tx, user, { actorId: input.actorId, date: input.date, targets }, input.confirmedOverlaps);
    const data = contactData(input);
    const links = pledgeLinks(input);
    const created = await tx.contact.create({
      data: {
        ...data,
        language: languageOf(input, user),
        sensitivity: input.sensitivity,
        loggedById: user.id,
        updatedById: user.id,
        targets: { create: targets.map((stateIso3) => ({ stateIso3 })) },
        pledges: { create: links },
      },
      select: { id: true },
    });
    const restricted = input.sensitivity === "RESTRICTED";
    // Built from what was written (a test holds it equal to the contact read back), which spares reading it back.
    const after = snapshotOf({
      ...data,
      nextStepDone: false,
      sensitivity: input.sensitivity,
      actorName: names.actor,
      targets,
      nextStepOwner: names.owner,
      pledges: links.map((l) => ({ ...l, text: names.pledgeText.get(l.pledgeId) ?? "" })),
    });
    await audit({ action: "contact.create", entity: "Contact", entityId: created.id, ...auditScope(targets, restricted), after });
    const hidden = restricted && !canSeeRestricted(user.role);
    return {
      message: hidden
        ? "contactMutations.contactLoggedRestrictedCoordinatorsSo"
        : input.status === "PLANNED"
          ? "contactMutations.plannedContactSaved"
          : "contactMutations.contactLogged",
    };
  },
});

/** The columns a contact form sets, the same for a new contact and an edited one. */
function contactData(input: ContactFieldsInput) {
  return {
    date: fromIsoDate(input.date),
    status: input.status,
    actorId: input.actorId,
    channel: input.channel,
    level: input.level,
    place: input.place,
    summary: input.summary,
    outcome: input.status === "DONE" ? input.outcome : null,
    nextStep: input.nextStep,
    nextStepDue: input.nextStepDue ? fromIsoDate(input.nextStepDue) : null,
    nextStepOwnerId: input.nextStepOwnerId,
  };
}

export const updateContact = defineMutation({
  name: "contact.update",
  roles: WRITERS,
  scope: contactScope,
  schema: z
    .object({
      id,
      version,
      ...contactFields,
      nextStepDone: z
        .string()
        .optional()
        .transform((v) => v === "1" || v === "on"),
    })
    .superRefine(checkRules),
  async run({ tx, user, input, audit }) {
    const current = await findContact(tx, user, input.id);
    requireEditor(user, current);
    const { targets } = await checkReferences(tx, input);
    const before = snapshot(current);
    const moved = before.date !== input.date || before.targets.join() !== [...targets].sort().join() || current.actorId !== input.actorId;
    if (moved) await checkOverlaps(tx, user, { id: input.id, actorId: input.actorId, date: input.date, targets }, input.confirmedOverlaps);
    const changed = await tx.contact.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: {
        ...contactData(input),
        ...(input.language ? { language: input.language } : {}),
        nextStepDone: input.nextStep ? input.nextStepDone : false,
        sensitivity: input.sensitivity,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (changed.count === 0) throw await contactConflict(tx, user, input.id, current);
    await tx.contactState.deleteMany({ where: { contactId: input.id } });
    await tx.contactState.createMany({ data: targets.map((stateIso3) => ({ contactId: input.id, stateIso3 })) });
    await tx.contactPledge.deleteMany({ where: { contactId: input.id } });
    await tx.contactPledge.createMany({ data: pledgeLinks(input).map((l) => ({ ...l, contactId: input.id })) });
    const after = snapshot(await tx.contact.findUniqueOrThrow({ where: { id: input.id }, select: contactSelect }));
    const concerned = [...new Set([...targets, ...before.targets])];
    const restricted = current.sensitivity === "RESTRICTED" || input.sensitivity === "RESTRICTED";
    await audit({ action: "contact.update", entity: "Contact", entityId: input.id, ...auditScope(concerned, restricted), before, after });
    return { message: "contactMutations.contactSaved" };
  },
});

/** A planned contact has happened: when, how it went, and what comes next. */
export const markContactDone = defineMutation({
  name: "contact.done",
  roles: WRITERS,
  scope: contactScope,
  schema: z
    .object({
      id,
      version,
      date: requiredDate("fields.date"),
      outcome: z.enum(CONTACT_OUTCOMES, { message: "contactMutations.sayHowWentPositiveNeutral" }),
      summary: requiredText("fields.summary", 10_000),
      ...nextStepFields,
    })
    .superRefine((v, ctx) => checkRules({ ...v, status: "DONE" }, ctx)),
  async run({ tx, user, input, audit }) {
    const current = await findContact(tx, user, input.id);
    requireEditor(user, current);
    if (current.status === "DONE") throw new ActionError("conflict", "contactMutations.contactAlreadyMarkedDoneReload", undefined, current.version);
    await checkOwner(tx, input.nextStepOwnerId);
    const changed = await tx.contact.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: {
        status: "DONE",
        date: fromIsoDate(input.date),
        outcome: input.outcome,
        summary: input.summary,
        nextStep: input.nextStep,
        nextStepDue: input.nextStepDue ? fromIsoDate(input.nextStepDue) : null,
        nextStepOwnerId: input.nextStepOwnerId,
        nextStepDone: false,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (changed.count === 0) throw await contactConflict(tx, user, input.id, current);
    const after = snapshot(await tx.contact.findUniqueOrThrow({ where: { id: input.id }, select: contactSelect }));
    const targets = current.targets.map((t) => t.stateIso3);
    await audit({
      action: "contact.done",
      entity: "Contact",
      entityId: input.id,
      ...auditScope(targets, current.sensitivity === "RESTRICTED"),
      before: snapshot(current),
      after,
    });
    return { message: "contactMutations.contactMarkedDone" };
  },
});

async function setDeleted({ tx, user, input, audit }: MutationContext<{ id: string; version: number }>, deleting: boolean): Promise<void> {
  const current = await findContact(tx, user, input.id, { deleted: !deleting });
  if (deleting) requireEditor(user, current);
  const changed = await tx.contact.updateMany({
    where: { id: input.id, version: input.version, deletedAt: deleting ? null : { not: null } },
    data: deleting
      ? { deletedAt: new Date(), deletedById: user.id, version: { increment: 1 } }
      : { deletedAt: null, deletedById: null, version: { increment: 1 }, updatedById: user.id },
  });
  if (changed.count === 0) throw await contactConflict(tx, user, input.id, current, { deleted: !deleting });
  const targets = current.targets.map((t) => t.stateIso3);
  await audit({
    action: deleting ? "contact.delete" : "contact.restore",
    entity: "Contact",
    entityId: input.id,
    ...auditScope(targets, current.sensitivity === "RESTRICTED"),
    before: { deleted: deleting ? "no" : "yes", summary: current.summary },
    after: { deleted: deleting ? "yes" : "no", summary: current.summary },
  });
}

export const deleteContact = defineMutation({
  name: "contact.delete",
  roles: WRITERS,
  scope: contactScope,
  schema: z.object({ id, version }),
  async run(ctx) {
    await setDeleted(ctx, true);
    return { message: "contactMutations.contactDeletedAdministratorCanRestore" };
  },
});

export const restoreContact = defineMutation({
  name: "contact.restore",
  roles: ["ADMIN"],
  scope: contactScope,
  schema: z.object({ id, version }),
  async run(ctx) {
    await setDeleted(ctx, false);
    return { message: "contactMutations.contactRestored" };
  },
});
