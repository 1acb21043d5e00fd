import { createHash, randomBytes } from "node:crypto";

/**
 * Personal tokens: the read API's bearer tokens ("adh_…") and the calendar feed's secret ("adc_…").
 * 32 random bytes each, so a fast hash is enough to store them (a guess is as hopeless as a guess of the hash);
 * only the SHA-256 hash is kept, and the token itself is shown once.
 */
export const API_TOKEN_PREFIX = "adh_";
export const CALENDAR_TOKEN_PREFIX = "adc_";
const TOKEN_SHAPE = /^(adh|adc)_[A-Za-z0-9_-]{43}$/;

export function newToken(prefix: typeof API_TOKEN_PREFIX | typeof CALENDAR_TOKEN_PREFIX): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What the token list shows, so that a user can tell their tokens apart without the token being kept. */
export function tokenHint(token: string): string {
  return `${token.slice(0, 10)}…`;
}

export function isTokenShaped(value: string, prefix: typeof API_TOKEN_PREFIX | typeof CALENDAR_TOKEN_PREFIX): boolean {
  return TOKEN_SHAPE.test(value) && value.startsWith(prefix);
}

/** The token of an `Authorization: Bearer …` header; null when the header is missing or is not a bearer token. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? "");
  return match ? match[1] : null;
}

export interface TokenOwner {
  active: boolean;
  /** Set by deactivation and password resets: tokens made at or before it are refused, like sessions. */
  sessionsRevokedAt: Date | null;
}

export interface StoredToken {
  createdAt: Date;
  revokedAt?: Date | null;
}

/**
 * Why a stored token no longer lets anyone in, or null when it still does. A deactivated user's tokens are refused;
 * so are tokens created before an administrator reset the password or deactivated the account (a reactivated user
 * makes new ones), exactly as their sessions are.
 */
export function tokenRefusal(owner: TokenOwner, token: StoredToken): "revoked" | "inactive" | "reset" | null {
  if (token.revokedAt) return "revoked";
  if (!owner.active) return "inactive";
  if (owner.sessionsRevokedAt && token.createdAt <= owner.sessionsRevokedAt) return "reset";
  return null;
}
