// The per-request session rule against the database, without Next.js, so that integration tests can run it.
import { randomBytes } from "node:crypto";
import { Prisma, type PrismaClient, type Region, type Role } from "@prisma/client";
import { SESSION_LIMITS, sessionPolicyFrom, sessionVerdict, shouldTouch, type SignedOutReason } from "@/lib/domain/auth-session";

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

interface SessionRow {
  id: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  writeRegions: string[];
  locale: string | null;
  revokedMs: number | null;
  signedInMs: number | null;
  lastSeenMs: number | null;
  policy: string | null;
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
  return (await checkSessionAlong(prisma, claims, Prisma.empty, now)).check;
}

/**
 * The same check, with more columns read in the same statement (`columns` starts with a comma; the page cache reads
 * the data-cache tag versions this way). `extra` holds the whole row, or nothing when the user does not exist.
 */
export async function checkSessionAlong(
  prisma: PrismaClient,
  claims: SessionClaims,
  columns: Prisma.Sql,
  now: Date = new Date(),
): Promise<{ check: SessionCheck; extra?: Record<string, unknown> }> {
  const [row] = await readSession(prisma, claims, columns);
  return { check: await judge(prisma, row, claims.sid, now), extra: row as unknown as Record<string, unknown> | undefined };
}

function readSession(prisma: PrismaClient, claims: SessionClaims, columns: Prisma.Sql): Promise<SessionRow[]> {
  // One statement, because it runs before every page and every change. Instants come as epoch milliseconds (the
  // columns hold UTC without a zone) and the setting as JSON text, so that nothing depends on the driver's parsing.
  return prisma.$queryRaw<SessionRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.active, u."writeRegions"::text[] AS "writeRegions", u.locale,
      round(extract(epoch FROM u."sessionsRevokedAt") * 1000)::float8 AS "revokedMs",
      round(extract(epoch FROM s."signedInAt") * 1000)::float8 AS "signedInMs",
      round(extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenMs",
      (SELECT value::text FROM "Setting" WHERE key = 'session') AS policy ${columns}
    FROM "User" u LEFT JOIN "AuthSession" s ON s.id = ${claims.sid ?? ""} AND s."userId" = u.id
    WHERE u.id = ${claims.userId}`;
}

async function judge(prisma: PrismaClient, row: SessionRow | undefined, sid: string | undefined, now: Date): Promise<SessionCheck> {
  const user = row && {
    ...row,
    role: row.role as Role,
    writeRegions: row.writeRegions as Region[],
    sessionsRevokedAt: row.revokedMs === null ? null : new Date(row.revokedMs),
    authSessions:
      row.signedInMs === null || row.lastSeenMs === null ? [] : [{ signedInAt: new Date(row.signedInMs), lastSeenAt: new Date(row.lastSeenMs) }],
  };
  const setting = row?.policy ? { value: JSON.parse(row.policy) as unknown } : null;
  if (!user?.active || !sid) return { ok: false, reason: "revoked" };
  const session = user.authSessions[0] ?? null;
  const verdict = sessionVerdict(session, user.sessionsRevokedAt, sessionPolicyFrom(setting?.value), now);
  if (verdict !== "active") return { ok: false, reason: verdict };
  if (session && shouldTouch(session.lastSeenAt, now)) {
    await prisma.authSession.updateMany({ where: { id: sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, writeRegions: user.writeRegions, locale: user.locale, sessionId: sid },
  };
}
