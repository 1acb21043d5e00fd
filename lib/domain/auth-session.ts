/**
 * Whether a session was ended by a later revocation (deactivation, password reset, "sign out everywhere").
 * `signedInAt` is written into the token once, at sign-in, and survives next-auth's refreshes of the token; a
 * token without it predates it.
 */
export function isSessionRevoked(signedInAt: number | undefined, revokedAt: Date | null): boolean {
  if (!revokedAt) return false;
  return signedInAt === undefined || signedInAt <= revokedAt.getTime();
}

/** How long a session may last from sign-in, and how long it may sit unused; administrators set both. */
export interface SessionPolicy {
  lifetimeHours: number;
  idleMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { lifetimeHours: 8, idleMinutes: 60 };
export const SESSION_LIMITS = {
  lifetimeHours: { min: 1, max: 168 },
  idleMinutes: { min: 5, max: 24 * 60 },
} as const;

/** Activity is written at most this often, so that a busy session costs one small write a minute, not one per page. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/** A stored policy as read back (a JSON setting): anything out of bounds falls back to the default for that part. */
export function sessionPolicyFrom(value: unknown): SessionPolicy {
  const v = (value ?? {}) as Partial<Record<keyof SessionPolicy, unknown>>;
  const pick = (key: keyof SessionPolicy) => {
    const n = v[key];
    const { min, max } = SESSION_LIMITS[key];
    return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : DEFAULT_SESSION_POLICY[key];
  };
  return { lifetimeHours: pick("lifetimeHours"), idleMinutes: pick("idleMinutes") };
}

export type SessionVerdict = "active" | "revoked" | "expired" | "idle";

/**
 * The one rule for a session on each request. Revoked: signed in at or before the account's revocation, or its
 * record is gone (signed out, or "sign out everywhere"). Expired: older than the lifetime counted from sign-in,
 * however active. Idle: no request for longer than the idle timeout. A boundary instant counts as past it.
 */
export function sessionVerdict(
  session: { signedInAt: Date; lastSeenAt: Date } | null,
  revokedAt: Date | null,
  policy: SessionPolicy,
  now: Date,
): SessionVerdict {
  if (!session || isSessionRevoked(session.signedInAt.getTime(), revokedAt)) return "revoked";
  const t = now.getTime();
  if (t >= session.signedInAt.getTime() + policy.lifetimeHours * 3_600_000) return "expired";
  if (t >= session.lastSeenAt.getTime() + policy.idleMinutes * 60_000) return "idle";
  return "active";
}

/** Whether this request should move the session's last activity forward (see LAST_SEEN_RESOLUTION_MS). */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}

/** Why the sign-in page is shown again: said in words, so nobody wonders where their session went. */
export const SIGNED_OUT_REASONS = ["idle", "expired", "revoked", "everywhere"] as const;
export type SignedOutReason = (typeof SIGNED_OUT_REASONS)[number];

export function parseSignedOutReason(value: unknown): SignedOutReason | null {
  return typeof value === "string" && (SIGNED_OUT_REASONS as readonly string[]).includes(value) ? (value as SignedOutReason) : null;
}
