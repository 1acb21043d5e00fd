import { describe, expect, it } from "vitest";
import { renderMessage } from "@/platform/i18n/render-message";
import { isRegionLimited, mayWriteRegion, scopeRefusal } from "@/lib/domain/region-scope";

const GHA = { iso3: "GHA", name: "Ghana", region: "Africa" as const };
const KEN = { iso3: "KEN", name: "Kenya", region: "Africa" as const };
const GEO = { iso3: "GEO", name: "Georgia", region: "Europe" as const };
const africa = { role: "COORDINATOR" as const, writeRegions: ["Africa" as const] };

const english = (refusal: ReturnType<typeof scopeRefusal>) => (refusal === null ? null : renderMessage(refusal, "en"));

describe("region-scoped writing", () => {
  it("limits only contributors and coordinators with regions; administrators and unlimited writers are free", () => {
    expect(isRegionLimited(africa)).toBe(true);
    expect(isRegionLimited({ role: "CONTRIBUTOR", writeRegions: [] })).toBe(false);
    expect(isRegionLimited({ role: "CONTRIBUTOR" })).toBe(false);
    expect(isRegionLimited({ role: "ADMIN", writeRegions: ["Africa"] })).toBe(false);
    expect(scopeRefusal({ role: "ADMIN", writeRegions: ["Africa"] }, { states: [GEO] })).toBeNull();
    expect(scopeRefusal({ role: "COORDINATOR" }, "shared")).toBeNull();
  });

  it("allows a change whose every state is in the writer's regions", () => {
    expect(scopeRefusal(africa, { states: [GHA, KEN] })).toBeNull();
    expect(scopeRefusal(africa, { states: [GHA], regions: ["Africa"] })).toBeNull();
    expect(mayWriteRegion(africa, "Africa")).toBe(true);
    expect(mayWriteRegion(africa, "Europe")).toBe(false);
  });

  it("refuses a change touching any state or region outside them, naming it", () => {
    expect(english(scopeRefusal(africa, { states: [GHA, GEO] }))).toBe(
      "You may change data of states in Africa only; this change concerns Georgia (Europe), outside them. Nothing was saved.",
    );
    expect(english(scopeRefusal({ role: "CONTRIBUTOR", writeRegions: ["Africa", "Asia"] }, { states: [], regions: ["Oceania"] }))).toBe(
      "You may change data of states in Africa and Asia only; this change concerns the region Oceania, outside them. Nothing was saved.",
    );
  });

  it("refuses records shared by every region (or touching none) to limited writers", () => {
    expect(english(scopeRefusal(africa, "shared"))).toMatch(
      /shared by every region: ask a coordinator without a region limit\. Nothing was saved\.$/,
    );
    expect(scopeRefusal(africa, { states: [] })).toEqual(scopeRefusal(africa, "shared"));
  });
});
