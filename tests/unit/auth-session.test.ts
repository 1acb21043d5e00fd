import { describe, expect, it } from "vitest";
import {
  DEFAULT_SESSION_POLICY,
  isSessionRevoked,
  parseSignedOutReason,
  sessionPolicyFrom,
  sessionVerdict,
  shouldTouch,
} from "@/lib/domain/auth-session";

describe("isSessionRevoked", () => {
  const revokedAt = new Date("2026-03-01T10:00:00Z");

  it("keeps every session of an account never revoked", () => {
    expect(isSessionRevoked(Date.parse("2020-01-01"), null)).toBe(false);
    expect(isSessionRevoked(undefined, null)).toBe(false);
  });

  it("ends sessions signed in before the revocation, keeps those signed in after", () => {
    expect(isSessionRevoked(revokedAt.getTime() - 1, revokedAt)).toBe(true);
    expect(isSessionRevoked(revokedAt.getTime(), revokedAt)).toBe(true);
    expect(isSessionRevoked(revokedAt.getTime() + 1, revokedAt)).toBe(false);
  });

  it("ends a session whose token does not say when it signed in", () => {
    expect(isSessionRevoked(undefined, revokedAt)).toBe(true);
  });
});

describe("sessionVerdict: lifetime from sign-in, idle timeout from last activity", () => {
  const policy = { lifetimeHours: 8, idleMinutes: 30 };
  const signedInAt = new Date("2026-03-01T08:00:00Z");
  const at = (iso: string) => new Date(iso);
  const session = (lastSeen: string) => ({ signedInAt, lastSeenAt: at(lastSeen) });

  it("keeps a session used within the idle timeout and before its lifetime", () => {
    expect(sessionVerdict(session("2026-03-01T08:00:00Z"), null, policy, at("2026-03-01T08:29:59Z"))).toBe("active");
    expect(sessionVerdict(session("2026-03-01T15:45:00Z"), null, policy, at("2026-03-01T15:59:59Z"))).toBe("active");
  });

  it("ends a session left unused for the idle timeout, the boundary included", () => {
    expect(sessionVerdict(session("2026-03-01T08:00:00Z"), null, policy, at("2026-03-01T08:30:00Z"))).toBe("idle");
    expect(sessionVerdict(session("2026-03-01T09:10:00Z"), null, policy, at("2026-03-01T10:00:00Z"))).toBe("idle");
  });

  it("ends a session at its lifetime however active it is", () => {
    expect(sessionVerdict(session("2026-03-01T15:59:00Z"), null, policy, at("2026-03-01T16:00:00Z"))).toBe("expired");
    expect(sessionVerdict(session("2026-03-01T15:59:00Z"), null, { lifetimeHours: 24, idleMinutes: 30 }, at("2026-03-01T16:00:00Z"))).toBe("active");
  });

  it("says revoked first: a revocation after sign-in, or no session record", () => {
    expect(sessionVerdict(session("2026-03-01T08:05:00Z"), at("2026-03-01T08:10:00Z"), policy, at("2026-03-01T08:11:00Z"))).toBe("revoked");
    expect(sessionVerdict(session("2026-03-01T08:05:00Z"), at("2026-03-01T07:00:00Z"), policy, at("2026-03-01T08:11:00Z"))).toBe("active");
    expect(sessionVerdict(null, null, policy, at("2026-03-01T08:11:00Z"))).toBe("revoked");
  });
});

describe("session policy as stored", () => {
  it("falls back to the default for a missing or out-of-bounds part", () => {
    expect(sessionPolicyFrom(null)).toEqual(DEFAULT_SESSION_POLICY);
    expect(sessionPolicyFrom({ lifetimeHours: 12, idleMinutes: 15 })).toEqual({ lifetimeHours: 12, idleMinutes: 15 });
    expect(sessionPolicyFrom({ lifetimeHours: 0, idleMinutes: 2.5 })).toEqual(DEFAULT_SESSION_POLICY);
    expect(sessionPolicyFrom({ lifetimeHours: "12" })).toEqual(DEFAULT_SESSION_POLICY);
  });

  it("moves last activity forward at most once a minute", () => {
    const last = new Date("2026-03-01T08:00:00Z");
    expect(shouldTouch(last, new Date("2026-03-01T08:00:59Z"))).toBe(false);
    expect(shouldTouch(last, new Date("2026-03-01T08:01:00Z"))).toBe(true);
  });

  it("reads the reason the sign-in page is shown again only if it is one it knows", () => {
    expect(parseSignedOutReason("idle")).toBe("idle");
    expect(parseSignedOutReason("<script>")).toBeNull();
    expect(parseSignedOutReason(["idle"])).toBeNull();
  });
});
