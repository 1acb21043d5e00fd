// The per-request session rule against the database, without Next.js, so that integration tests can run it.
import { randomBytes } from "node:crypto";
import type { PrismaClient, Region, Role } from "@prisma/client";
import { SESSION_LIMITS, sessionPolicyFrom, sessionVerdict, shouldTouch, type SignedOutReason } from "@/lib/domain/session";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Regions whose states this user may change; empty means every region. */
  writeRegions: Region[];
  /** The language the user chose; null until they choose one (the browser's language is used then). */
  locale: string | null;
  /** The AuthSession this request comes from (kept when the user changes their password; the others end). */
  sessionId: string;
}

/** What the signed JWT says about its session. */
export interface SessionClaims {
  userId: string;
  /** The AuthSession row this browser's token belongs to. */
  sid?: string;
  signedInAt?: number;
}

export type SessionCheck = { ok: true; user: CurrentUser } | { ok: false; reason: SignedOutReason };

/** Opens the record of a new session at sign-in; also clears records that are past any possible idle timeout. */
export async function startSession(prisma: PrismaClient, userId: string, now: Date = new Date()): Promise<{ sid: string; signedInAt: number }> {
  const sid = randomBytes(24).toString("base64url");
  await prisma.authSession.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - SESSION_LIMITS.idleMinutes.max * 60_000) } } });
  await prisma.authSession.create({ data: { id: sid, userId, signedInAt: now, lastSeenAt: now }, select: { id: true } });
  return { sid, signedInAt: now.getTime() };
}

export async function endSession(prisma: PrismaClient, sid: string | undefined): Promise<void> {
  if (sid) await prisma.authSession.deleteMany({ where: { id: sid } });
}

/**
 * The signed-in user as the database knows them now, or why the session no longer counts: a deactivated account or a
 * revoked session (ended by an administrator, a password reset, sign-out or "sign out everywhere"), a session past
 * its lifetime, or one idle for too long. An active session's last activity moves forward (at most once a minute).
 */
export async function checkSession(prisma: PrismaClient, claims: SessionClaims, now: Date = new Date()): Promise<SessionCheck> {
  const sid = claims.sid;
  const [user, setting] = await Promise.all([
    prisma.user.findUnique({
      where: { id: claims.userId },
      select: {
        id: true, email: true, name: true, role: true, active: true, sessionsRevokedAt: true, writeRegions: true, locale: true,
        authSessions: { where: { id: sid ?? "" }, select: { signedInAt: true, lastSeenAt: true } },
      },
    }),
    prisma.setting.findUnique({ where: { key: "session" }, select: { value: true } }),
  ]);
  if (!user?.active || !sid) return { ok: false, reason: "revoked" };
  const session = user.authSessions[0] ?? null;
  const verdict = sessionVerdict(session, user.sessionsRevokedAt, sessionPolicyFrom(setting?.value), now);
  if (verdict !== "active") return { ok: false, reason: verdict };
  if (session && shouldTouch(session.lastSeenAt, now)) {
    await prisma.authSession.updateMany({ where: { id: sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, writeRegions: user.writeRegions, locale: user.locale, sessionId: sid } };
}
