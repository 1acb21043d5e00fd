import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import type { Role } from "@prisma/client";
import { db } from "@/platform/db";
import { authOptions } from "./options";
import { checkSession, type CurrentUser, type SessionCheck } from "./session-check";

export type { CurrentUser } from "./session-check";

/**
 * The session as the database judges it now (platform/auth/session-check.ts): a deactivated account, a revoked, expired
 * or idle session, or a changed role or region limit takes effect on the next request, not when the token expires.
 * `reason` is null when there is no session at all.
 */
export const sessionState = cache(async (): Promise<SessionCheck | { ok: false; reason: null }> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { ok: false, reason: null };
  return checkSession(db(), { userId: session.user.id, sid: session.sid, signedInAt: session.signedInAt });
});

export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await sessionState();
  return state.ok ? state.user : null;
});

/** For pages: the proxy redirects too, but each page checks for itself; the sign-in page says why it is shown. */
export async function requireUser(callbackPath = "/"): Promise<CurrentUser> {
  const state = await sessionState();
  if (state.ok) return state.user;
  const reason = state.reason ? `reason=${state.reason}&` : "";
  redirect(`/signin?${reason}callbackUrl=${encodeURIComponent(callbackPath)}`);
}

/** For pages only some roles may open: everyone else gets "not found", which does not even say the page exists. */
export async function requireRole(roles: readonly Role[], callbackPath: string): Promise<CurrentUser> {
  const user = await requireUser(callbackPath);
  if (!roles.includes(user.role)) notFound();
  return user;
}
