import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { isSessionRevoked } from "@/lib/domain/session";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user as the database knows them now: a deactivated account, a revoked session or a changed role
 * takes effect on the next request, not when the token expires.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionsRevokedAt: true },
  });
  if (!user?.active || isSessionRevoked(session.signedInAt, user.sessionsRevokedAt)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: the proxy redirects too, but each page checks for itself. */
export async function requireUser(callbackPath = "/"): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For pages only some roles may open: everyone else gets "not found", which does not even say the page exists. */
export async function requireRole(roles: readonly Role[], callbackPath: string): Promise<CurrentUser> {
  const user = await requireUser(callbackPath);
  if (!roles.includes(user.role)) notFound();
  return user;
}
