import { z } from "zod";
import { Prisma } from "@prisma/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/platform/auth/password";
import { listRegions } from "@/lib/domain/region-scope";
import { REGIONS } from "@/lib/domain/reference-data";
import { ROLE_LABEL, ROLES } from "@/lib/domain/roles";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { id, list, requiredText } from "@/platform/mutations/fields";

const ADMINS = ["ADMIN"] as const;

export const emailField = z
  .string({ message: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(320, "The email is too long.")
  .pipe(z.email({ message: "Enter an email address, such as name@ministry.example." }));

/** Passwords are never trimmed, echoed back to the form, stored or written to the audit log. */
export const newPasswordField = z
  .string({ message: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .min(MIN_PASSWORD_LENGTH, `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, "The password is too long (at most 1024 characters).");

const roleField = z.enum(ROLES, { message: "Choose a role." });

const userSelect = { id: true, name: true, email: true, role: true, active: true, writeRegions: true } satisfies Prisma.UserSelect;

async function findUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user) throw new ActionError("not-found", "This user does not exist.");
  return user;
}

/**
 * Refuses to take away the last active administrator. The rows of all active administrators are locked first, so
 * that two administrators demoting each other at the same moment cannot both succeed.
 */
async function keepAnAdministrator(tx: Prisma.TransactionClient, userId: string, what: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new ActionError(
      "invalid",
      `This is the last active administrator: make another user an administrator before you ${what}. Nothing was changed.`,
    );
  }
}

export const createUser = defineMutation({
  name: "user.create",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ email: emailField, name: requiredText("Name", 200), role: roleField, password: newPasswordField }),
  async run({ tx, input, audit }) {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const duplicate = () => new ActionError("invalid", "Some fields need attention. Nothing was saved.", { email: "A user with this email already exists." });
    if (taken) throw duplicate();
    const passwordHash = await hashPassword(input.password);
    const user = await tx.user
      .create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true } })
      .catch((error: unknown) => {
        throw error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? duplicate() : error;
      });
    await audit({ action: "user.create", entity: "User", entityId: user.id, after: { email: input.email, name: input.name, role: input.role } });
    return { message: `${input.name} (${ROLE_LABEL[input.role]}) can now sign in with ${input.email} and the password you set.`};
  },
});

export const changeUserRole = defineMutation({
  name: "user.changeRole",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id, role: roleField }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.role === input.role) throw new ActionError("invalid", `${user.name} is already ${ROLE_LABEL[input.role]}. Nothing was changed.`);
    if (user.role === "ADMIN") await keepAnAdministrator(tx, user.id, "change this role");
    // Administrators are never limited to regions: the limit goes with the promotion, and the audit row says so.
    const clearsRegions = input.role === "ADMIN" && user.writeRegions.length > 0;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, ...(clearsRegions ? { writeRegions: [] } : {}) }, select: { id: true } });
    await audit({
      action: "user.changeRole",
      entity: "User",
      entityId: user.id,
      before: { role: user.role, ...(clearsRegions ? { writeRegions: user.writeRegions } : {}) },
      after: { role: input.role, ...(clearsRegions ? { writeRegions: [] } : {}) },
    });
    return { message: `${user.name} is now ${ROLE_LABEL[input.role]}; this applies from their next page.`};
  },
});

export const deactivateUser = defineMutation({
  name: "user.deactivate",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id }),
  async run({ tx, user: actor, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.id === actor.id) throw new ActionError("invalid", "You cannot deactivate your own account. Ask another administrator.");
    if (!user.active) throw new ActionError("invalid", `${user.name} is already deactivated. Nothing was changed.`);
    if (user.role === "ADMIN") await keepAnAdministrator(tx, user.id, "deactivate this account");
    await tx.user.update({ where: { id: user.id }, data: { active: false }, select: { id: true } });
    await endSessions(tx, user.id);
    await audit({ action: "user.deactivate", entity: "User", entityId: user.id, before: { active: true }, after: { active: false } });
    return { message: `${user.name} is deactivated: they are signed out on their next page and cannot sign in.`};
  },
});

export const reactivateUser = defineMutation({
  name: "user.reactivate",
  roles: ADMINS,
  scope: "unscoped",
  schema: z.object({ userId: id }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    if (user.active) throw new ActionError("invalid", `${user.name} is already active. Nothing was changed.`);
    await tx.user.update({ where: { id: user.id }, data: { active: true }, select: { id: true } });
    await audit({ action: "user.reactivate", entity: "User", entityId: user.id, before: { active: false }, after: { active: true } });
    return { message: `${user.name} is active again and can sign in.`};
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
    return { message: `The password of ${user.name} is reset and their sessions have ended. Give them the new password in person or by telephone.`};
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
  async run({ tx, user: actor, input, audit }) {
    const user = await findUser(tx, input.userId);
    const ended = await endSessions(tx, user.id);
    await audit({ action: "user.signOutEverywhere", entity: "User", entityId: user.id, after: { sessionsEnded: ended } });
    const own = user.id === actor.id;
    return {
      message: `${user.name} is signed out everywhere: every open session ends on its next page.`,
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
    regions: list(z.enum(REGIONS, { message: "Choose regions from the list." }), REGIONS.length),
  }),
  async run({ tx, input, audit }) {
    const user = await findUser(tx, input.userId);
    const regions = REGIONS.filter((r) => input.regions.includes(r));
    if (regions.length > 0 && !(WRITE_REGION_ROLES as readonly string[]).includes(user.role)) {
      throw new ActionError(
        "invalid",
        `Only contributors and coordinators can be limited to regions; ${user.name} is ${ROLE_LABEL[user.role]}. Nothing was changed.`,
      );
    }
    const before = REGIONS.filter((r) => user.writeRegions.includes(r));
    if (before.join() === regions.join()) throw new ActionError("invalid", `${user.name} already has these regions. Nothing was changed.`);
    await tx.user.update({ where: { id: user.id }, data: { writeRegions: regions }, select: { id: true } });
    await audit({ action: "user.setWriteRegions", entity: "User", entityId: user.id, before: { writeRegions: before }, after: { writeRegions: regions } });
    return {
      message:
        regions.length === 0
          ? `${user.name} may now change data of states in every region.`
          : `${user.name} may now change data of states in ${listRegions(regions)} only; this applies from their next page.`,
    };
  },
});
