import { describe, expect, it } from "vitest";
import { throttledError, throttledMinutes } from "@/lib/domain/sign-in";
import { renderMessage } from "@/platform/i18n/render-message";

describe("sign-in error messages", () => {
  it("says the same for every refusal next-auth reports", () => {
    expect(throttledMinutes("CredentialsSignin")).toBeNull();
    expect(throttledMinutes("")).toBeNull();
    expect(renderMessage("auth.failed", "en")).toBe("The email or password is not correct, or the account is not active.");
  });

  it("adds, when attempts are paused, how long to wait, rounded up to whole minutes", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const minutes = throttledMinutes(throttledError(new Date("2026-01-01T10:12:30Z"), now));
    expect(minutes).toBe(13);
    expect(renderMessage({ key: "auth.throttled", values: { minutes: minutes! } }, "en")).toBe(
      "The email or password is not correct, or the account is not active. Too many attempts: wait 13 minutes before trying again.",
    );
    const soon = throttledMinutes(throttledError(new Date("2026-01-01T10:00:05Z"), now));
    expect(renderMessage({ key: "auth.throttled", values: { minutes: soon! } }, "en")).toContain("wait 1 minute before");
  });
});
