import { describe, expect, it } from "vitest";
import { auditHref, parseAuditFilter } from "@/lib/domain/audit-filter";

describe("audit log filter in the URL", () => {
  it("reads user, entity, action, dates and cursor", () => {
    expect(
      parseAuditFilter({ user: "ckuser01", entity: "User", action: "auth.sign-in-failed", from: "2026-01-01", to: "2026-01-31", cursor: "1234" }),
    ).toEqual({
      filter: { user: "ckuser01", entity: "User", action: "auth.sign-in-failed", from: "2026-01-01", to: "2026-01-31", cursor: "1234" },
      problems: [],
    });
  });

  it("treats empty fields, as a submitted form sends them, as no filter", () => {
    expect(parseAuditFilter({ user: "", entity: "", action: "", from: "", to: "" })).toEqual({ filter: {}, problems: [] });
  });

  it("ignores what it cannot use and says so, keeping the rest", () => {
    const { filter, problems } = parseAuditFilter({ user: "x'; drop", action: "stateNote.add", from: "2026-02-30", to: "yesterday" });
    expect(filter).toEqual({ action: "stateNote.add" });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual([
      { kind: "user" },
      { kind: "date", field: "from", value: "2026-02-30" },
      { kind: "date", field: "to", value: "yesterday" },
    ]);
  });

  it("drops a date range that ends before it starts", () => {
    const { filter, problems } = parseAuditFilter({ from: "2026-03-01", to: "2026-02-01" });
    expect(filter).toEqual({});
    expect(problems).toEqual([{ kind: "range" }]);
  });

  it("builds links that keep the filter and change one value", () => {
    const filter = { entity: "User", from: "2026-01-01", cursor: "99" };
    expect(auditHref(filter, { cursor: "42" })).toBe("/admin/audit?entity=User&from=2026-01-01&cursor=42");
    expect(auditHref(filter, { cursor: undefined })).toBe("/admin/audit?entity=User&from=2026-01-01");
    expect(auditHref({})).toBe("/admin/audit");
  });
});
