import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { authenticate } from "@/platform/auth/authenticate";
import { hashPassword } from "@/platform/auth/password";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { changeOwnPassword } from "@/features/users/mutations/account";
import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword } from "@/features/users/mutations/users";
import { testPrisma, uniqueEmail } from "../support/db";

const prisma = testPrisma();
const PASSWORD = "initial password 2013";

async function makeUser(role: Role, password = PASSWORD): Promise<SignedInUser & { email: string }> {
  return prisma.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name: `Users test ${role.toLowerCase()}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, name: true, role: true, email: true },
  });
}

const signIn = (email: string, password: string) => authenticate(prisma, { email, password }, { ip: `test-${randomUUID()}` });
const auditsOf = (entityId: string) =>
  prisma.auditEvent.findMany({
    where: { entity: "User", entityId, action: { startsWith: "user." } },
    orderBy: { id: "asc" },
    select: { action: true, userId: true, before: true, after: true },
  });

describe("user administration (mutations against a real database)", () => {
  let admin: SignedInUser & { email: string };
  beforeEach(async () => {
    admin = await makeUser("ADMIN");
  });
  afterAll(() => prisma.$disconnect());

  it("creates a user who can sign in; stores an argon2id hash and audits without the password", async () => {
    const email = uniqueEmail("New.Person").toUpperCase();
    const result = await executeMutation(prisma, createUser, admin, {
      email: ` ${email} `,
      name: "New Person",
      role: "CONTRIBUTOR",
      password: "a long initial password",
    });
    expect(result).toMatchObject({ ok: true });
    const stored = await prisma.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: { id: true, role: true, passwordHash: true, active: true },
    });
    expect(stored).toMatchObject({ role: "CONTRIBUTOR", active: true });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await signIn(email, "a long initial password")).toMatchObject({ ok: true, user: { id: stored.id } });
    const audits = await auditsOf(stored.id);
    expect(audits).toEqual([
      { action: "user.create", userId: admin.id, before: null, after: { email: email.toLowerCase(), name: "New Person", role: "CONTRIBUTOR" } },
    ]);
    expect(JSON.stringify(audits)).not.toContain("a long initial password");
  });

  it("refuses a second account with the same email, whatever its case, and a short password", async () => {
    const existing = await makeUser("VIEWER");
    const duplicate = await executeMutation(prisma, createUser, admin, {
      email: existing.email.toUpperCase(),
      name: "Again",
      role: "VIEWER",
      password: "long enough password",
    });
    expect(duplicate).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: "A user with this email already exists." } });
    const short = await executeMutation(prisma, createUser, admin, { email: uniqueEmail(), name: "Short", role: "VIEWER", password: "elevenchars" });
    expect(short).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: "The password must have at least 12 characters." } });
  });

  it("changes a role, with the before and after in the audit log", async () => {
    const user = await makeUser("VIEWER");
    expect(await executeMutation(prisma, changeUserRole, admin, { userId: user.id, role: "COORDINATOR" })).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).role).toBe("COORDINATOR");
    expect(await auditsOf(user.id)).toEqual([
      { action: "user.changeRole", userId: admin.id, before: { role: "VIEWER" }, after: { role: "COORDINATOR" } },
    ]);
    expect(await executeMutation(prisma, changeUserRole, admin, { userId: user.id, role: "COORDINATOR" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("already"),
    });
  });

  it("deactivates (sessions revoked, sign-in refused) and reactivates (sign-in accepted) an account; an admin cannot deactivate themselves", async () => {
    const user = await makeUser("CONTRIBUTOR");
    const before = Date.now();
    expect(await executeMutation(prisma, deactivateUser, admin, { userId: user.id })).toMatchObject({ ok: true });
    expect(await signIn(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const revoked = (await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsRevokedAt: true } })).sessionsRevokedAt;
    expect(revoked!.getTime()).toBeGreaterThanOrEqual(before);
    expect(await executeMutation(prisma, reactivateUser, admin, { userId: user.id })).toMatchObject({ ok: true });
    expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: true });
    expect((await auditsOf(user.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      ["user.deactivate", { active: true }, { active: false }],
      ["user.reactivate", { active: false }, { active: true }],
    ]);
    expect(await executeMutation(prisma, deactivateUser, admin, { userId: admin.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("your own account"),
    });
  });

  it("resets a password: sessions are revoked, the old one stops working, the new one works, and neither is written anywhere", async () => {
    const user = await makeUser("VIEWER");
    expect(await executeMutation(prisma, resetUserPassword, admin, { userId: user.id, password: "the new password 2026" })).toMatchObject({
      ok: true,
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsRevokedAt: true } })).sessionsRevokedAt).not.toBeNull();
    expect(await signIn(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, "the new password 2026")).toMatchObject({ ok: true });
    const audits = await auditsOf(user.id);
    expect(audits).toEqual([{ action: "user.resetPassword", userId: admin.id, before: null, after: { password: "reset" } }]);
    expect(JSON.stringify(audits)).not.toContain("the new password 2026");
  });

  describe("the last active administrator", () => {
    // The database is shared by the test files (run one after another): other administrators are set aside first.
    beforeEach(async () => {
      await prisma.user.updateMany({ where: { role: "ADMIN", active: true, id: { not: admin.id } }, data: { active: false } });
    });

    it("cannot demote themselves, and is told what to do first", async () => {
      const result = await executeMutation(prisma, changeUserRole, admin, { userId: admin.id, role: "COORDINATOR" });
      expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("make another user an administrator") });
      expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, active: true } })).toEqual({
        role: "ADMIN",
        active: true,
      });
      expect(await auditsOf(admin.id)).toEqual([]);
    });

    it("can be demoted once a second administrator is active", async () => {
      const second = await makeUser("ADMIN");
      expect(await executeMutation(prisma, changeUserRole, second, { userId: admin.id, role: "COORDINATOR" })).toMatchObject({ ok: true });
    });

    it("two administrators demoting each other at the same moment: exactly one succeeds", async () => {
      const second = await makeUser("ADMIN");
      const results = await Promise.all([
        executeMutation(prisma, changeUserRole, admin, { userId: second.id, role: "VIEWER" }),
        executeMutation(prisma, changeUserRole, second, { userId: admin.id, role: "VIEWER" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await prisma.user.count({ where: { id: { in: [admin.id, second.id] }, role: "ADMIN", active: true } })).toBe(1);
    });

    it("two administrators deactivating each other at the same moment: exactly one succeeds", async () => {
      const second = await makeUser("ADMIN");
      const results = await Promise.all([
        executeMutation(prisma, deactivateUser, admin, { userId: second.id }),
        executeMutation(prisma, deactivateUser, second, { userId: admin.id }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ message: expect.stringContaining("last active administrator") });
      expect(await prisma.user.count({ where: { id: { in: [admin.id, second.id] }, role: "ADMIN", active: true } })).toBe(1);
    });
  });

  describe("changing one's own password", () => {
    it("needs the current password and two matching new ones", async () => {
      const user = await makeUser("VIEWER");
      const wrong = await executeMutation(prisma, changeOwnPassword, user, {
        currentPassword: "not it at all",
        newPassword: "brand new password",
        confirmPassword: "brand new password",
      });
      expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "This is not your current password." } });
      const mismatch = await executeMutation(prisma, changeOwnPassword, user, {
        currentPassword: PASSWORD,
        newPassword: "brand new password",
        confirmPassword: "brand new passwore",
      });
      expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "The two new passwords differ." } });
      expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: true });

      const done = await executeMutation(prisma, changeOwnPassword, user, {
        currentPassword: PASSWORD,
        newPassword: "brand new password",
        confirmPassword: "brand new password",
      });
      expect(done).toMatchObject({ ok: true });
      expect(await signIn(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
      expect(await signIn(user.email, "brand new password")).toMatchObject({ ok: true });
      const audit = await prisma.auditEvent.findMany({ where: { action: "account.changePassword", userId: user.id }, select: { after: true } });
      expect(audit).toEqual([{ after: { password: "changed" } }]);
    });
  });
});
