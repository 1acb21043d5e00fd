/**
 * Whether a session was ended by a later revocation (deactivation, password reset). `signedInAt` is written into
 * the token once, at sign-in, and survives next-auth's refreshes of the token; a token without it predates it.
 */
export function isSessionRevoked(signedInAt: number | undefined, revokedAt: Date | null): boolean {
  if (!revokedAt) return false;
  return signedInAt === undefined || signedInAt <= revokedAt.getTime();
}
