import "server-only";
import type { Region, Role } from "@prisma/client";
import { db } from "@/platform/db";
import { sessionVerdict } from "@/lib/domain/auth-session";
import { sessionPolicy } from "./settings";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  writeRegions: Region[];
  createdAt: string;
  lastSignIn: string | null;
}

/** Every account, active ones first, with its latest sign-in: two queries whatever the number of users. */
export async function listUsers(): Promise<UserRow[]> {
  const [users, signIns] = await Promise.all([
    db().user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
      select: { id: true, email: true, name: true, role: true, active: true, writeRegions: true, createdAt: true },
    }),
    db().auditEvent.groupBy({ by: ["userId"], where: { action: "auth.sign-in", userId: { not: null } }, _max: { at: true } }),
  ]);
  const lastSignIn = new Map(signIns.map((s) => [s.userId, s._max.at?.toISOString() ?? null]));
  return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), lastSignIn: lastSignIn.get(u.id) ?? null }));
}

/** One account, with its latest sign-in and how many sessions are open (not timed out under the current settings). */
export async function getUser(id: string): Promise<(UserRow & { openSessions: number }) | null> {
  if (!/^[a-z0-9]{1,64}$/i.test(id)) return null;
  const now = new Date();
  const [user, signIn, policy] = await Promise.all([
    db().user.findUnique({
      where: { id },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        writeRegions: true,
        createdAt: true,
        sessionsRevokedAt: true,
        authSessions: { select: { signedInAt: true, lastSeenAt: true } },
      },
    }),
    db().auditEvent.findFirst({ where: { action: "auth.sign-in", userId: id }, orderBy: { at: "desc" }, select: { at: true } }),
    sessionPolicy(),
  ]);
  if (!user) return null;
  const { authSessions, sessionsRevokedAt, ...row } = user;
  const openSessions = user.active ? authSessions.filter((s) => sessionVerdict(s, sessionsRevokedAt, policy, now) === "active").length : 0;
  return { ...row, createdAt: user.createdAt.toISOString(), lastSignIn: signIn?.at.toISOString() ?? null, openSessions };
}

/** People who can own a next step: active users, by name. */
export async function userOptions(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true }, take: 1000 });
}
