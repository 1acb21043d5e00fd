import type { PrismaClient, Role } from "@prisma/client";
import { normalizeEmail } from "@/lib/domain/email";
import { recordAudit } from "@/platform/audit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { recordSuccess, reserveAttempt } from "./throttle";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type AuthOutcome =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  /** Too many recent failures for the account or the address: the password was not even checked. */
  | { ok: false; reason: "throttled"; retryAt: Date };

export interface AttemptContext {
  /** The client's address (platform/http/client-address.ts). */
  ip: string;
  now?: () => Date;
}

/** Checks a credential pair; records the sign-in or the failure without saying which part was wrong. */
export async function authenticate(
  prisma: PrismaClient,
  credentials: { email?: unknown; password?: unknown },
  { ip, now = () => new Date() }: AttemptContext,
): Promise<AuthOutcome> {
  const email = typeof credentials.email === "string" ? normalizeEmail(credentials.email) : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  if (!email || !password || email.length > 320 || password.length > 1024) return { ok: false, reason: "invalid" };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const reservation = await reserveAttempt(prisma, { email, ip, now: now() });
  if (!reservation.allowed) {
    await recordAudit(prisma, {
      userId: user?.id ?? null,
      action: "auth.sign-in-failed",
      entity: "User",
      entityId: user?.id ?? null,
      after: { email, ip, reason: "throttled" },
    });
    return { ok: false, reason: "throttled", retryAt: reservation.retryAt };
  }

  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || !user.active) {
    await recordAudit(prisma, {
      userId: user?.id ?? null,
      action: "auth.sign-in-failed",
      entity: "User",
      entityId: user?.id ?? null,
      after: { email, ip, reason: !user ? "unknown-account" : !valid ? "wrong-password" : "inactive" },
    });
    return { ok: false, reason: "invalid" };
  }
  await recordSuccess(prisma, reservation.attemptId);
  await recordAudit(prisma, { userId: user.id, action: "auth.sign-in", entity: "User", entityId: user.id, after: { ip } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
