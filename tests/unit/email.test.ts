import { describe, expect, it } from "vitest";
import { normalizeEmail } from "@/lib/domain/email";

describe("normalizeEmail", () => {
  it("lower-cases and trims", () => {
    expect(normalizeEmail("  Coordinator@Example.ORG \n")).toBe("coordinator@example.org");
  });

  it("makes differently written forms of one address equal", () => {
    expect(normalizeEmail("A.User@Example.org")).toBe(normalizeEmail("a.user@example.ORG "));
  });

  it("leaves an already normal address unchanged", () => {
    expect(normalizeEmail("viewer@example.org")).toBe("viewer@example.org");
  });
});
