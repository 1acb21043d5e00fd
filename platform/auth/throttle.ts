import type { PrismaClient } from "@prisma/client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
const KEEP_MS = 24 * 60 * 60 * 1000;

export type Reservation = { allowed: true; attemptId: bigint } | { allowed: false; retryAt: Date };

/** The moment the oldest of the last MAX_FAILURES failures leaves the window, if there are that many. */
function blockedUntil(failures: { at: Date }[]): Date | null {
  return failures.length >= MAX_FAILURES ? new Date(failures[MAX_FAILURES - 1].at.getTime() + WINDOW_MS) : null;
}

/**
 * Decides, before any password is checked, whether this attempt may go ahead: refused while the account or the
 * address has MAX_FAILURES failures within WINDOW_MS. An allowed attempt is recorded at once as a failure and
 * turned into a success afterwards, so parallel attempts cannot slip past the limit; advisory locks (taken in a
 * fixed order) serialise the check across every instance sharing the database. A successful sign-in clears the
 * account's count, but never the address's: one's own account must not reset the count for guesses at others.
 */
export async function reserveAttempt(prisma: PrismaClient, attempt: { email: string; ip: string; now: Date }): Promise<Reservation> {
  const { email, ip, now } = attempt;
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  return prisma.$transaction(async (tx) => {
    for (const key of [`sign-in:account:${email}`, `sign-in:address:${ip}`].sort()) {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    }
    const lastSuccess = await tx.signInAttempt.findFirst({
      where: { email, succeeded: true, at: { gt: windowStart, lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    const recentFailures = (where: { email: string } | { ip: string }, since: Date) =>
      tx.signInAttempt.findMany({
        where: { ...where, succeeded: false, at: { gt: since, lte: now } },
        orderBy: { at: "desc" },
        take: MAX_FAILURES,
        select: { at: true },
      });
    const accountFailures = await recentFailures({ email }, lastSuccess?.at ?? windowStart);
    const addressFailures = await recentFailures({ ip }, windowStart);
    const until = [blockedUntil(accountFailures), blockedUntil(addressFailures)].filter((d): d is Date => d !== null);
    if (until.length > 0) return { allowed: false as const, retryAt: new Date(Math.max(...until.map((d) => d.getTime()))) };
    const created = await tx.signInAttempt.create({ data: { email, ip, at: now, succeeded: false }, select: { id: true } });
    await tx.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_MS) } } });
    return { allowed: true as const, attemptId: created.id };
  });
}

export async function recordSuccess(prisma: PrismaClient, attemptId: bigint): Promise<void> {
  await prisma.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true }, select: { id: true } });
}
