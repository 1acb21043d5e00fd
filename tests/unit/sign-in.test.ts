import { describe, expect, it } from "vitest";
import { SIGN_IN_FAILED, signInErrorMessage, throttledError } from "@/lib/domain/sign-in";

describe("sign-in error messages", () => {
  it("says the same for every refusal next-auth reports", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_FAILED);
    expect(signInErrorMessage("")).toBe(SIGN_IN_FAILED);
  });

  it("adds, when attempts are paused, how long to wait, rounded up to whole minutes", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const error = throttledError(new Date("2026-01-01T10:12:30Z"), now);
    expect(signInErrorMessage(error)).toBe(`${SIGN_IN_FAILED} Too many attempts: wait 13 minutes before trying again.`);
    expect(signInErrorMessage(throttledError(new Date("2026-01-01T10:00:05Z"), now))).toContain("wait 1 minute before");
  });
});
