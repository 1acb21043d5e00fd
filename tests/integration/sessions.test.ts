import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { checkSession, checkSessionAlong, startSession } from "@/platform/auth/session-check";
import { bumpVersions, readVersions, versionColumns, versionsIn } from "@/platform/cache/versions";
import { CACHE_TAGS } from "@/platform/cache/tags";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { hashPassword } from "@/platform/auth/password";
import { changeOwnPassword, signOutEverywhere } from "@/features/users/mutations/account";
import { updateSessionSettings } from "@/features/users/mutations/settings";
import { deactivateUser, revokeUserSessions } from "@/features/users/mutations/users";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe("session lifetime, idle timeout and sign-out everywhere (checked against the database on each request)", () => {
  let admin: SignedInUser;
  let user: SignedInUser;

  beforeEach(async () => {
    admin = await createSignedInUser(prisma, "ADMIN");
    user = await createSignedInUser(prisma, "CONTRIBUTOR");
    // This file owns the session setting: each test starts from 8 hours and 30 minutes.
    expect(await executeMutation(prisma, updateSessionSettings, admin, { lifetimeHours: "8", idleMinutes: "30" })).toMatchObject({ ok: true });
  });
  afterAll(() => prisma.$disconnect());

  it("reads the user as stored: role, region limits, language and the session it belongs to", async () => {
    await prisma.user.update({ where: { id: user.id }, data: { writeRegions: ["Africa", "Europe"], locale: "fr" } });
    const claims = { userId: user.id, ...(await startSession(prisma, user.id)) };
    expect(await checkSession(prisma, claims)).toEqual({
      ok: true,
      user: {
        id: user.id,
        email: expect.any(String),
        name: user.name,
        role: "CONTRIBUTOR",
        writeRegions: ["Africa", "Europe"],
        locale: "fr",
        sessionId: claims.sid,
      },
    });
    // Another user's session, or none, does not count for this user.
    const other = await createSignedInUser(prisma, "VIEWER");
    const theirs = await startSession(prisma, other.id);
    expect(await checkSession(prisma, { userId: user.id, sid: theirs.sid, signedInAt: theirs.signedInAt })).toEqual({ ok: false, reason: "revoked" });
    expect(await checkSession(prisma, { userId: "no-such-user", sid: claims.sid })).toEqual({ ok: false, reason: "revoked" });
  });

  it("reads the data-cache versions in the same statement as the session, as the page cache needs them", async () => {
    const claims = { userId: user.id, ...(await startSession(prisma, user.id)) };
    const before = await checkSessionAlong(prisma, claims, versionColumns(CACHE_TAGS));
    expect(before.check).toEqual(await checkSession(prisma, claims));
    expect(versionsIn(before.extra!, CACHE_TAGS)).toEqual(await readVersions(prisma, CACHE_TAGS));
    await bumpVersions(prisma, ["contacts"]);
    const after = versionsIn((await checkSessionAlong(prisma, claims, versionColumns(CACHE_TAGS))).extra!, CACHE_TAGS);
    const changed = CACHE_TAGS.filter((_, i) => after[i] !== versionsIn(before.extra!, CACHE_TAGS)[i]);
    expect(changed).toEqual(["contacts"]);
    // A user who does not exist has no row, so no versions: the page cache then leaves the request to the page.
    expect(await checkSessionAlong(prisma, { userId: "no-such-user", sid: claims.sid }, versionColumns(CACHE_TAGS))).toEqual({
      check: { ok: false, reason: "revoked" },
      extra: undefined,
    });
  });

  it("keeps a session in use, and refuses it once idle for longer than the setting", async () => {
    const t0 = new Date();
    const claims = { userId: user.id, ...(await startSession(prisma, user.id, t0)) };
    expect(await checkSession(prisma, claims, minutes(t0, 29))).toMatchObject({
      ok: true,
      user: { id: user.id, role: "CONTRIBUTOR", writeRegions: [] },
    });
    // That request was activity: 29 minutes later it is still in use.
    expect(await checkSession(prisma, claims, minutes(t0, 58))).toMatchObject({ ok: true });
    expect(await checkSession(prisma, claims, minutes(t0, 88))).toEqual({ ok: false, reason: "idle" });
    // A refused session stays refused: refusing did not count as activity.
    expect(await checkSession(prisma, claims, minutes(t0, 89))).toEqual({ ok: false, reason: "idle" });
  });

  it("ends a session at its lifetime from sign-in however active it is; the administrator's setting applies at once", async () => {
    const t0 = new Date();
    const claims = { userId: user.id, ...(await startSession(prisma, user.id, t0)) };
    for (let m = 20; m < 8 * 60; m += 20) expect(await checkSession(prisma, claims, minutes(t0, m))).toMatchObject({ ok: true });
    expect(await checkSession(prisma, claims, minutes(t0, 8 * 60))).toEqual({ ok: false, reason: "expired" });

    const other = { userId: user.id, ...(await startSession(prisma, user.id, t0)) };
    expect(await checkSession(prisma, other, minutes(t0, 20))).toMatchObject({ ok: true });
    expect(await executeMutation(prisma, updateSessionSettings, admin, { lifetimeHours: "12", idleMinutes: "10" })).toMatchObject({ ok: true });
    expect(await checkSession(prisma, other, minutes(t0, 31))).toEqual({ ok: false, reason: "idle" });
  });

  it("refuses bad settings with a message and keeps the old ones", async () => {
    const before = await prisma.setting.findUniqueOrThrow({ where: { key: "session" }, select: { value: true } });
    expect(await executeMutation(prisma, updateSessionSettings, admin, { lifetimeHours: "1", idleMinutes: "90" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { idleMinutes: "The idle timeout cannot be longer than the session lifetime." },
    });
    expect(await executeMutation(prisma, updateSessionSettings, admin, { lifetimeHours: "0.5", idleMinutes: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { lifetimeHours: "Enter a whole number of hours.", idleMinutes: "At least 5 minutes." },
    });
    expect((await prisma.setting.findUniqueOrThrow({ where: { key: "session" }, select: { value: true } })).value).toEqual(before.value);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: "session", userId: admin.id },
      orderBy: { id: "desc" },
      select: { action: true, after: true },
    });
    expect(audit).toEqual({ action: "settings.update", after: { lifetimeHours: 8, idleMinutes: 30 } });
  });

  it("signs the user out everywhere: every session open before is refused, a new sign-in works, and it is audited", async () => {
    const t0 = new Date(Date.now() - 60_000);
    const laptop = { userId: user.id, ...(await startSession(prisma, user.id, t0)) };
    const phone = { userId: user.id, ...(await startSession(prisma, user.id, t0)) };
    const result = await executeMutation(prisma, signOutEverywhere, user, { confirm: "everywhere" });
    expect(result).toMatchObject({ ok: true, redirectTo: "/signin?reason=everywhere" });
    const now = new Date();
    expect(await checkSession(prisma, laptop, now)).toEqual({ ok: false, reason: "revoked" });
    expect(await checkSession(prisma, phone, now)).toEqual({ ok: false, reason: "revoked" });
    expect(await prisma.authSession.count({ where: { userId: user.id } })).toBe(0);
    const again = { userId: user.id, ...(await startSession(prisma, user.id, new Date(now.getTime() + 1000))) };
    expect(await checkSession(prisma, again, new Date(now.getTime() + 2000))).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.findMany({ where: { entityId: user.id }, select: { action: true, userId: true, after: true } })).toEqual([
      { action: "account.signOutEverywhere", userId: user.id, after: { sessionsEnded: 2 } },
    ]);
  });

  it("lets an administrator sign a user out everywhere, and refuses a deactivated user's session", async () => {
    const claims = { userId: user.id, ...(await startSession(prisma, user.id, new Date(Date.now() - 60_000))) };
    expect(await executeMutation(prisma, revokeUserSessions, admin, { userId: user.id })).toMatchObject({
      ok: true,
      message: expect.stringContaining("signed out everywhere"),
    });
    expect(await checkSession(prisma, claims)).toEqual({ ok: false, reason: "revoked" });
    expect(
      await prisma.auditEvent.findFirst({ where: { entityId: user.id, action: "user.signOutEverywhere" }, select: { userId: true, after: true } }),
    ).toEqual({ userId: admin.id, after: { sessionsEnded: 1 } });

    const later = { userId: user.id, ...(await startSession(prisma, user.id, new Date(Date.now() + 1000))) };
    expect(await checkSession(prisma, later, new Date(Date.now() + 2000))).toMatchObject({ ok: true });
    expect(await executeMutation(prisma, deactivateUser, admin, { userId: user.id })).toMatchObject({ ok: true });
    expect(await checkSession(prisma, later, new Date(Date.now() + 3000))).toEqual({ ok: false, reason: "revoked" });
  });

  it("refuses a token without a session record (signed out, or issued before sessions were recorded)", async () => {
    expect(await checkSession(prisma, { userId: user.id })).toEqual({ ok: false, reason: "revoked" });
    expect(await checkSession(prisma, { userId: user.id, sid: "not-a-session" })).toEqual({ ok: false, reason: "revoked" });
  });

  it("changing one's own password ends the account's other sessions and keeps the one it was changed from", async () => {
    const user = await createSignedInUser(prisma, "VIEWER");
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the old password 1") } });
    const here = { userId: user.id, ...(await startSession(prisma, user.id)) };
    const there = { userId: user.id, ...(await startSession(prisma, user.id)) };
    const result = await executeMutation(
      prisma,
      changeOwnPassword,
      { ...user, sessionId: here.sid },
      {
        currentPassword: "the old password 1",
        newPassword: "the new password 2",
        confirmPassword: "the new password 2",
      },
    );
    expect(result).toMatchObject({
      ok: true,
      message: "Your password is changed. Use the new one the next time you sign in. Your other session has ended.",
    });
    expect(await checkSession(prisma, here)).toMatchObject({ ok: true });
    expect(await checkSession(prisma, there)).toEqual({ ok: false, reason: "revoked" });
    expect(await prisma.auditEvent.findMany({ where: { userId: user.id, action: "account.changePassword" }, select: { after: true } })).toEqual([
      { after: { password: "changed", otherSessionsEnded: 1 } },
    ]);
  });
});
