import type { PrismaClient, Role } from "@prisma/client";
import { normalizeEmail } from "@/lib/domain/email";
import { recordAudit } from "@/lib/audit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Checks a credential pair; records the sign-in or the failure without saying which part was wrong. */
export async function authenticate(
  prisma: PrismaClient,
  credentials: { email?: unknown; password?: unknown },
): Promise<AuthenticatedUser | null> {
  const email = typeof credentials.email === "string" ? normalizeEmail(credentials.email) : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  if (!email || !password || email.length > 320 || password.length > 1024) return null;

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || !user.active) {
    await recordAudit(prisma, {
      userId: user?.id ?? null,
      action: "auth.sign-in-failed",
      entity: "User",
      entityId: user?.id ?? null,
      after: { email, reason: !user ? "unknown-account" : !valid ? "wrong-password" : "inactive" },
    });
    return null;
  }
  await recordAudit(prisma, { userId: user.id, action: "auth.sign-in", entity: "User", entityId: user.id });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
