import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTLINES_FILE, outlinesSvg, projectOutlines } from "@/features/treaty-status/map/outlines";

describe("the dashboard map's outlines file", () => {
  const outlines = projectOutlines();

  it("is what scripts/map-outlines.ts writes from the installed world-atlas (rerun the script after an upgrade)", () => {
    expect(readFileSync(OUTLINES_FILE, "utf8")).toBe(outlinesSvg(outlines));
  });

  it("names each outline once, by ISO3 code where the territory has one", () => {
    const ids = outlines.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["FRA", "MEX", "IRL", "ETH", "NZL"]));
    expect(ids.filter((id) => !/^[A-Z]{3}$/.test(id)).every((id) => /^x\d+$/.test(id))).toBe(true);
  });

  it("leaves colour to the page: no fill or stroke in the file", () => {
    expect(outlinesSvg(outlines)).not.toMatch(/fill=|stroke=/);
  });
});
