import "server-only";
import { db } from "@/platform/db";
import { tokenRefusal } from "@/platform/auth/token-format";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Refused although not revoked: made before the password was reset by an administrator. */
  invalid: boolean;
}

export interface CalendarFeedView {
  createdAt: string;
  lastUsedAt: string | null;
  invalid: boolean;
}

/** The user's API tokens (newest first, revoked ones last) and calendar feed, for /account: two queries. */
export async function tokensOf(userId: string): Promise<{ apiTokens: ApiTokenView[]; calendar: CalendarFeedView | null }> {
  const [user, tokens, calendar] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { active: true, sessionsRevokedAt: true } }),
    db().apiToken.findMany({
      where: { userId },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
      take: 50,
      select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
    db().calendarToken.findUnique({ where: { userId }, select: { createdAt: true, lastUsedAt: true } }),
  ]);
  const owner = user ?? { active: false, sessionsRevokedAt: null };
  return {
    apiTokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
      invalid: !t.revokedAt && tokenRefusal(owner, t) !== null,
    })),
    calendar: calendar
      ? {
          createdAt: calendar.createdAt.toISOString(),
          lastUsedAt: calendar.lastUsedAt?.toISOString() ?? null,
          invalid: tokenRefusal(owner, calendar) !== null,
        }
      : null,
  };
}
