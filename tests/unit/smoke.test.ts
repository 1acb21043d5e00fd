import { describe, expect, it } from "vitest";
import { derivedEntryIntoForce } from "@/lib/domain/entry-into-force";

describe("vitest wiring", () => {
  it("resolves the @ alias", () => {
    expect(derivedEntryIntoForce("2013-03-26")).toBe("2013-09-01");
  });
});
