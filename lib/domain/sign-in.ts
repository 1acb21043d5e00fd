const THROTTLED = "TooManyAttempts";

/** The error next-auth passes to the sign-in page when attempts are paused; it carries the minutes to wait. */
export function throttledError(retryAt: Date, now: Date): string {
  return `${THROTTLED}:${Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000))}`;
}

/** The minutes to wait carried by a next-auth error when attempts are paused; null for any other error. */
export function throttledMinutes(error: string): number | null {
  const throttled = new RegExp(`^${THROTTLED}:(\\d+)$`).exec(error);
  return throttled ? Number(throttled[1]) : null;
}
