import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/features/api/openapi";
import { lintApiDescription } from "@/scripts/lib/api-description";

describe("the read API's OpenAPI description", () => {
  it("passes Redocly CLI's recommended rules with no error and no warning", () => {
    const { errors, warnings, problems } = lintApiDescription();
    expect(problems).toEqual([]);
    expect({ errors, warnings }).toEqual({ errors: 0, warnings: 0 });
  }, 60_000);

  it("names each operation, for the methods of generated clients, and says where it is served and under what licence", () => {
    const doc = openApiDocument();
    expect(Object.values(doc.paths).map((p) => p.get.operationId)).toEqual(["listStates", "getState", "listPledges", "listMeetings"]);
    expect(openApiDocument("https://adhere.example.org").servers).toEqual([{ url: "https://adhere.example.org", description: "This Adhere server" }]);
    expect(doc.info.license.name).toBe("Proprietary");
  });

  it("would be failed by the linter without its servers or operation ids (the check bites)", () => {
    const { servers: _servers, ...withoutServers } = openApiDocument("https://adhere.test");
    expect(lintApiDescription(withoutServers).errors).toBeGreaterThan(0);
    const doc = openApiDocument("https://adhere.test");
    const { operationId: _id, ...unnamed } = doc.paths["/api/v1/meetings"].get;
    const result = lintApiDescription({ ...doc, paths: { ...doc.paths, "/api/v1/meetings": { get: unnamed } } });
    expect(result.problems.map((p) => p.ruleId)).toContain("operation-operationId");
  }, 60_000);
});
