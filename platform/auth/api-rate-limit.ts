import type { PrismaClient } from "@prisma/client";

/** The read API allows each user RATE_LIMIT requests within any RATE_WINDOW_MS, whichever token they use. */
export const RATE_LIMIT = 120;
export const RATE_WINDOW_MS = 60 * 1000;
const KEEP_MS = 10 * 60 * 1000;

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateOptions {
  userId: string;
  now: Date;
  limit?: number;
  windowMs?: number;
}

/**
 * A sliding window, stored in PostgreSQL like the sign-in throttle (platform/auth/throttle.ts), so that it holds across
 * restarts and several app servers: a request is recorded when it is allowed; one more than `limit` within the window
 * is refused until the oldest of the last `limit` requests leaves it. An advisory lock per user serialises the check,
 * so parallel requests cannot slip past the limit.
 */
export async function reserveApiRequest(prisma: PrismaClient, options: RateOptions): Promise<RateDecision> {
  const { userId, now } = options;
  const limit = options.limit ?? RATE_LIMIT;
  const windowMs = options.windowMs ?? RATE_WINDOW_MS;
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`api:user:${userId}`}, 0))`;
    const recent = await tx.apiRequest.findMany({
      where: { userId, at: { gt: new Date(now.getTime() - windowMs), lte: now } },
      orderBy: { at: "desc" },
      take: limit,
      select: { at: true },
    });
    if (recent.length >= limit) {
      const freeAt = recent[limit - 1].at.getTime() + windowMs;
      return { allowed: false as const, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
    }
    await tx.apiRequest.create({ data: { userId, at: now }, select: { id: true } });
    // The user's rows older than the window are no longer needed (at most `limit` rows per user are kept).
    await tx.apiRequest.deleteMany({ where: { userId, at: { lt: new Date(now.getTime() - KEEP_MS) } } });
    return { allowed: true as const, remaining: limit - recent.length - 1 };
  });
}
