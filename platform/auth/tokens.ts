import type { PrismaClient, Role } from "@prisma/client";
import { API_TOKEN_PREFIX, CALENDAR_TOKEN_PREFIX, hashToken, isTokenShaped, tokenRefusal } from "@/platform/auth/token-format";

/** The user a token acts for: their role as stored now, not as it was when the token was made. */
export interface TokenUser {
  id: string;
  name: string;
  role: Role;
  /** The language the user chose for pages and exports; null until they choose. */
  locale: string | null;
}

const ownerSelect = { id: true, name: true, role: true, active: true, sessionsRevokedAt: true, locale: true } as const;
// "Last used" is kept to the minute: a busy client does not write a row on every request.
const LAST_USED_PRECISION_MS = 60 * 1000;
const staleBefore = (now: Date) => ({ OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] });

/**
 * The user of a read API bearer token, or null: unknown, revoked, or belonging to a deactivated user (or made
 * before the user's password was reset). Only the token's hash is looked up; the token itself is never stored.
 */
export async function authenticateApiToken(prisma: PrismaClient, token: string, now: Date): Promise<TokenUser | null> {
  if (!isTokenShaped(token, API_TOKEN_PREFIX)) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, createdAt: true, revokedAt: true, user: { select: ownerSelect } },
  });
  if (!row || tokenRefusal(row.user, row)) return null;
  await prisma.apiToken.updateMany({ where: { id: row.id, ...staleBefore(now) }, data: { lastUsedAt: now } });
  return { id: row.user.id, name: row.user.name, role: row.user.role, locale: row.user.locale };
}

/** The user whose calendar feed this secret opens, or null (as for API tokens). */
export async function authenticateCalendarToken(prisma: PrismaClient, token: string, now: Date): Promise<TokenUser | null> {
  if (!isTokenShaped(token, CALENDAR_TOKEN_PREFIX)) return null;
  const row = await prisma.calendarToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, createdAt: true, user: { select: ownerSelect } },
  });
  if (!row || tokenRefusal(row.user, row)) return null;
  await prisma.calendarToken.updateMany({ where: { userId: row.userId, ...staleBefore(now) }, data: { lastUsedAt: now } });
  return { id: row.user.id, name: row.user.name, role: row.user.role, locale: row.user.locale };
}
