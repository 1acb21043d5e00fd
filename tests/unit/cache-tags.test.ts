import { describe, expect, it } from "vitest";
import { CACHE_TAGS, tagsForChange, tagSequence } from "@/platform/cache/tags";

describe("cache tags of a change", () => {
  it("invalidates the contacts and the states' last activity when a contact with states is logged", () => {
    expect(tagsForChange([{ entity: "Contact", stateIso3: "GHA", extraIso3: ["TGO"] }])).toEqual(["activity", "contacts"]);
  });

  it("counts a change about states among their activity even when its record is not about states", () => {
    expect(tagsForChange([{ entity: "Pledge", stateIso3: null, extraIso3: ["ETH"] }])).toEqual(["activity", "pledges"]);
    expect(tagsForChange([{ entity: "Pledge", stateIso3: null, extraIso3: [] }])).toEqual(["pledges"]);
  });

  it("invalidates the states for status, steps and notes", () => {
    for (const entity of ["TreatyStatus", "DomesticStep", "DomesticPath", "StateNote"]) {
      expect(tagsForChange([{ entity, stateIso3: "KAZ" }]), entity).toEqual(["states", "activity"]);
    }
  });

  it("invalidates nothing cached for tokens", () => {
    expect(tagsForChange([{ entity: "ApiToken" }, { entity: "CalendarToken" }])).toEqual([]);
  });

  it("invalidates the meetings and what lists their statements and pledges for a meeting's session", () => {
    expect(tagsForChange([{ entity: "Session" }])).toEqual(["pledges", "meetings"]);
  });

  it("merges the tags of every row of one change", () => {
    expect(tagsForChange([{ entity: "Meeting" }, { entity: "Setting" }, { entity: "User" }])).toEqual(["pledges", "meetings", "settings", "users"]);
  });

  it("invalidates everything for an entity it does not know, rather than risk stale pages", () => {
    expect(tagsForChange([{ entity: "SomethingNew" }])).toEqual([...CACHE_TAGS]);
  });

  it("names one plain SQL sequence per tag", () => {
    for (const tag of CACHE_TAGS) expect(tagSequence(tag)).toMatch(/^cache_tag_[a-z]+$/);
    expect(new Set(CACHE_TAGS.map(tagSequence)).size).toBe(CACHE_TAGS.length);
  });
});
