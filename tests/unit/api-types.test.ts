import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, apiTypesSource } from "@/scripts/lib/api-description";

describe("tests/support/api-types.ts", () => {
  it("is what openapi-typescript makes of the current OpenAPI description (else run `npm run api:types`)", async () => {
    expect(readFileSync(API_TYPES_FILE, "utf8"), "out of date: run `npm run api:types`").toBe(await apiTypesSource());
  });
});
