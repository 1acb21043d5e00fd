import { describe, expect, it } from "vitest";
import { isSessionRevoked } from "@/lib/domain/session";

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
