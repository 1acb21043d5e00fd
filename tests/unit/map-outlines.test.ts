import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MARKER_RADIUS, OUTLINES_FILE, mapSvg, projectMap } from "@/features/treaty-status/map/outlines";
import { loadReferenceStates } from "@/platform/seed/reference";

describe("the dashboard map's outlines file", () => {
  const codes = loadReferenceStates().map((s) => s.iso3);
  const drawing = projectMap(codes);
  const outlineIds = new Set(drawing.outlines.map((o) => o.id));
  const markerIds = drawing.markers.map((m) => m.iso3);

  it("is what scripts/map-outlines.ts writes from the installed world-atlas (rerun the script after an upgrade)", () => {
    expect(readFileSync(OUTLINES_FILE, "utf8")).toBe(mapSvg(drawing));
  });

  it("names each outline once, by ISO3 code where the territory has one", () => {
    const ids = drawing.outlines.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["FRA", "MEX", "IRL", "ETH", "NZL"]));
    expect(ids.filter((id) => !/^[A-Z]{3}$/.test(id)).every((id) => /^x\d+$/.test(id))).toBe(true);
  });

  it("draws every one of the 197 states: an outline big enough to point at, or a marker", () => {
    expect(codes).toHaveLength(197);
    expect(codes.filter((iso3) => !outlineIds.has(iso3) && !markerIds.includes(iso3))).toEqual([]);
    expect(markerIds).toEqual(expect.arrayContaining(["AND", "TUV", "NRU", "KNA", "VAT", "SGP", "COK", "NIU", "STP"]));
    expect(markerIds).toContain("LUX");
    expect(markerIds).not.toContain("FRA");
  });

  it("puts each marker where its state is, and never on top of another", () => {
    const at = (iso3: string) => drawing.markers.find((m) => m.iso3 === iso3)!;
    expect(at("MLT").cx).toBeGreaterThan(at("AND").cx);
    expect(at("SGP").cx).toBeGreaterThan(at("MDV").cx);
    expect(at("BRB").cy).toBeLessThan(at("TTO").cy);
    for (const a of drawing.markers) {
      for (const b of drawing.markers) {
        if (a !== b) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.iso3} and ${b.iso3}`).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
    }
  });

  it("leaves colour to the page: no fill or stroke in the file", () => {
    expect(mapSvg(drawing)).not.toMatch(/fill=|stroke=/);
  });
});
