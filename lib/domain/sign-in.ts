/** The same words for a wrong email, a wrong password and an inactive account: none of them is given away. */
export const SIGN_IN_FAILED = "The email or password is not correct, or the account is not active.";

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

/** What the sign-in page says for an error returned by next-auth (in English; the page itself uses the catalogs). */
export function signInErrorMessage(error: string): string {
  const minutes = throttledMinutes(error);
  if (minutes === null) return SIGN_IN_FAILED;
  return minutes === 1
    ? `${SIGN_IN_FAILED} Too many attempts: wait 1 minute before trying again.`
    : `${SIGN_IN_FAILED} Too many attempts: wait ${minutes} minutes before trying again.`;
}
