import { describe, expect, it } from "vitest";
import { actionLabel, describeChanges } from "@/lib/domain/history";

describe("describeChanges for user and sign-in events", () => {
  it("names roles and yes/no the way people say them", () => {
    expect(describeChanges({ role: "VIEWER" }, { role: "COORDINATOR" })).toEqual([{ field: "Role", before: "Viewer", after: "Coordinator" }]);
    expect(describeChanges({ active: true }, { active: false })).toEqual([{ field: "Active", before: "yes", after: "no" }]);
  });

  it("lists what a refused sign-in recorded", () => {
    expect(describeChanges(null, { email: "a@b.org", ip: "203.0.113.9", reason: "throttled" })).toEqual([
      { field: "Email", before: "—", after: "a@b.org" },
      { field: "Address", before: "—", after: "203.0.113.9" },
      { field: "Reason", before: "—", after: "throttled" },
    ]);
    expect(actionLabel("auth.sign-in-failed")).toBe("Sign-in refused");
  });
});
