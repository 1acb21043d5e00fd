import { describe, expect, it } from "vitest";
import {
  API_TOKEN_PREFIX,
  bearerToken,
  CALENDAR_TOKEN_PREFIX,
  hashToken,
  isTokenShaped,
  newToken,
  tokenHint,
  tokenRefusal,
} from "@/platform/auth/token-format";

describe("personal tokens", () => {
  it("are random, prefixed by purpose, and stored only as a SHA-256 fingerprint", () => {
    const a = newToken(API_TOKEN_PREFIX);
    const b = newToken(API_TOKEN_PREFIX);
    expect(a).not.toBe(b);
    expect(isTokenShaped(a, API_TOKEN_PREFIX)).toBe(true);
    expect(isTokenShaped(a, CALENDAR_TOKEN_PREFIX)).toBe(false);
    expect(isTokenShaped(newToken(CALENDAR_TOKEN_PREFIX), CALENDAR_TOKEN_PREFIX)).toBe(true);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a.slice(4, 12));
    expect(tokenHint(a)).toBe(`${a.slice(0, 10)}…`);
  });

  it("reads only well-formed bearer headers", () => {
    expect(bearerToken("Bearer adh_abc")).toBe("adh_abc");
    expect(bearerToken("bearer  adh_abc ")).toBe("adh_abc");
    for (const header of [null, "", "Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "Token adh_abc"])
      expect(bearerToken(header), String(header)).toBeNull();
  });

  it("refuses revoked tokens, deactivated users' tokens and tokens made before a password reset", () => {
    const made = new Date("2026-01-10T10:00:00Z");
    const active = { active: true, sessionsRevokedAt: null };
    expect(tokenRefusal(active, { createdAt: made })).toBeNull();
    expect(tokenRefusal(active, { createdAt: made, revokedAt: new Date("2026-01-11T00:00:00Z") })).toBe("revoked");
    expect(tokenRefusal({ active: false, sessionsRevokedAt: null }, { createdAt: made })).toBe("inactive");
    expect(tokenRefusal({ active: true, sessionsRevokedAt: new Date("2026-02-01T00:00:00Z") }, { createdAt: made })).toBe("reset");
    expect(tokenRefusal({ active: true, sessionsRevokedAt: new Date("2026-01-01T00:00:00Z") }, { createdAt: made })).toBeNull();
  });
});
