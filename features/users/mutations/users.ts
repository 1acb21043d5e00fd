import { z } from "zod";
import { Prisma } from "@prisma/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/platform/auth/password";
import { regionList } from "@/lib/domain/region-scope";
import { say, zodMessage } from "@/lib/domain/message";
import { REGIONS } from "@/lib/domain/reference-data";
import { ROLES } from "@/lib/domain/roles";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { id, list, requiredText } from "@/platform/mutations/fields";

const ADMINS = ["ADMIN"] as const;

export const emailField = z
  .string({ message: "userMutations.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "userMutations.emailRequired")
  .max(320, "userMutations.emailTooLong")
  .pipe(z.email({ message: "userMutations.enterEmailAddressSuchName" }));

/** Passwords are never trimmed, echoed back to the form, stored or written to the audit log. */
export const newPasswordField = z
  .string({ message: zodMessage("userMutations.enterPasswordLeastNCharacters", { n: MIN_PASSWORD_LENGTH }) })
  .min(MIN_PASSWORD_LENGTH, zodMessage("userMutations.passwordMustHaveLeastN", { n: MIN_PASSWORD_LENGTH }))
  .max(1024, "userMutations.passwordTooLongMost1024");

const roleField = z.enum(ROLES, { message: "userMutations.chooseRole" });

const userSelect = { id: true, name: true, email: true, role: true, active: true, writeRegions: true } satisfies Prisma.UserSelect;

async function findUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user) throw new ActionError("not-found", "userMutations.userDoesNotExist");
  return user;
}

/**
 * Refuses to take away the last active administrator. The rows of all active administrators are locked first, so
 * that two administrators demoting each other at the same moment cannot both succeed.
 */
async function keepAnAdministrator(tx: Prisma.TransactionClient, userId: string, what: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new ActionError("invalid", say("userMutations.lastActiveAdministratorMakeAnother", { text: { key: what } }));
  }
}

export const createUser = defineMutation({
  name: "user.create",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ email: emailField, name: requiredText("fields.name", 200), role: roleField, password: newPasswordField }),
  async run({ tx, input, audit }) {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const duplicate = () =>
      new ActionError("invalid", "mutations.someFieldsNeedAttentionNothing", { email: "userMutations.userWithEmailAlreadyExists" });
    if (taken) throw duplicate();
    const passwordHash = await hashPassword(input.password);
    const user = await tx.user
      .create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true } })
      .catch((error: unknown) => {
        throw error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? duplicate() : error;
      });
    await audit({ action: "user.create", entity: "User", entityId: user.id, after: { email: input.email, name: input.name, role: input.role } });
    return { message: say("userMutations.nameRoleCanNowSign", { name: input.name, role: { key: `labels.role.${input.role}` }, email: input.email }) };
  },
});

export const changeUserRole = defineMutation({
  name: "user.changeRole",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id, role: roleField }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.role === input.role)
      throw new ActionError(
        "invalid",
        say("userMutations.nameAlreadyRoleNothingChanged", { name: user.name, role: { key: `labels.role.${input.role}` } }),
      );
    if (user.role === "ADMIN") await keepAnAdministrator(tx, user.id, "userMutations.changeRole");
    // Administrators are never limited to regions: the limit goes with the promotion, and the audit row says so.
    const clearsRegions = input.role === "ADMIN" && user.writeRegions.length > 0;
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, ...(clearsRegions ? { writeRegions: [] } : {}) },
      select: { id: true },
    });
    await audit({
      action: "user.changeRole",
      entity: "User",
      entityId: user.id,
      before: { role: user.role, ...(clearsRegions ? { writeRegions: user.writeRegions } : {}) },
      after: { role: input.role, ...(clearsRegions ? { writeRegions: [] } : {}) },
    });
    return { message: say("userMutations.nameNowRoleAppliesFrom", { name: user.name, role: { key: `labels.role.${input.role}` } }) };
  },
});

export const deactivateUser = defineMutation({
  name: "user.deactivate",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id }),
  async run({ tx, user: admin, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.id === admin.id) throw new ActionError("invalid", "userMutations.youCannotDeactivateYourOwn");
    if (!user.active) throw new ActionError("invalid", say("userMutations.nameAlreadyDeactivatedNothingChanged", { name: user.name }));
    if (user.role === "ADMIN") await keepAnAdministrator(tx, user.id, "userMutations.deactivateAccount");
    await tx.user.update({ where: { id: user.id }, data: { active: false }, select: { id: true } });
    await endSessions(tx, user.id);
    await audit({ action: "user.deactivate", entity: "User", entityId: user.id, before: { active: true }, after: { active: false } });
    return { message: say("userMutations.nameDeactivatedTheyAreSigned", { name: user.name }) };
  },
});

export const reactivateUser = defineMutation({
  name: "user.reactivate",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.active) throw new ActionError("invalid", say("userMutations.nameAlreadyActiveNothingChanged", { name: user.name }));
    await tx.user.update({ where: { id: user.id }, data: { active: true }, select: { id: true } });
    await audit({ action: "user.reactivate", entity: "User", entityId: user.id, before: { active: false }, after: { active: true } });
    return { message: say("userMutations.nameActiveAgainCanSign", { name: user.name }) };
  },
});

export const resetUserPassword = defineMutation({
  name: "user.resetPassword",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id, password: newPasswordField }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    // Whoever knew the old password may be signed in with it: every session of this account ends.
    const passwordHash = await hashPassword(input.password);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    await endSessions(tx, user.id);
    await audit({ action: "user.resetPassword", entity: "User", entityId: user.id, after: { password: "reset" } });
    return { message: say("userMutations.passwordNameResetTheirSessions", { name: user.name }) };
  },
});

/** Every session of an account ends on its next request: tokens signed in before now are refused, their records go. */
export async function endSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  await tx.user.update({ where: { id: userId }, data: { sessionsRevokedAt: new Date() }, select: { id: true } });
  const { count } = await tx.authSession.deleteMany({ where: { userId } });
  return count;
}

export const revokeUserSessions = defineMutation({
  name: "user.signOutEverywhere",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id }),
  async run({ tx, user: admin, input, audit }) {
    const user = await findUser(tx, input.userId);
    const ended = await endSessions(tx, user.id);
    await audit({ action: "user.signOutEverywhere", entity: "User", entityId: user.id, after: { sessionsEnded: ended } });
    const own = user.id === admin.id;
    return {
      message: say("userMutations.nameSignedOutEverywhereEvery", { name: user.name }),
      ...(own ? { redirectTo: "/signin?reason=everywhere" } : {}),
    };
  },
});

const WRITE_REGION_ROLES = ["CONTRIBUTOR", "COORDINATOR"] as const;

/** Limits a contributor or coordinator to writing about the states of some regions; no region ticked lifts the limit. */
export const setUserWriteRegions = defineMutation({
  name: "user.setWriteRegions",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({
    userId: id,
    regions: list(z.enum(REGIONS, { message: "userMutations.chooseRegionsFromList" }), REGIONS.length),
  }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    const regions = REGIONS.filter((r) => input.regions.includes(r));
    if (regions.length > 0 && !(WRITE_REGION_ROLES as readonly string[]).includes(user.role)) {
      throw new ActionError(
        "invalid",
        say("userMutations.onlyContributorsCoordinatorsCanLimited", { name: user.name, role: { key: `labels.role.${user.role}` } }),
      );
    }
    const before = REGIONS.filter((r) => user.writeRegions.includes(r));
    if (before.join() === regions.join()) throw new ActionError("invalid", say("userMutations.nameAlreadyHasTheseRegions", { name: user.name }));
    await tx.user.update({ where: { id: user.id }, data: { writeRegions: regions }, select: { id: true } });
    await audit({
      action: "user.setWriteRegions",
      entity: "User",
      entityId: user.id,
      before: { writeRegions: before },
      after: { writeRegions: regions },
    });
    return {
      message:
        regions.length === 0
          ? say("userMutations.nameMayNowChangeData", { name: user.name })
          : say("userMutations.nameMayNowChangeData2", { name: user.name, regions: regionList(regions) }),
    };
  },
});
