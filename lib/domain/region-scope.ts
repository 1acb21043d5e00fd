import type { Region } from "./reference-data";
import type { Role } from "./roles";
import { say, type Message } from "./message";

/**
 * Region-scoped writing: a contributor or coordinator may be limited to the states of some regions. An empty list
 * means every region; administrators are never limited (they manage the limits), viewers write nothing anyway.
 */
export interface ScopedWriter {
  role: Role;
  writeRegions?: readonly Region[];
}

export interface StateInScope {
  iso3: string;
  name: string;
  region: Region;
}

/** What a change touches: the states it concerns, and regions named without a state (a pledge "to Africa"). */
export interface Touched {
  states: readonly StateInScope[];
  regions?: readonly Region[];
}

export function isRegionLimited(user: ScopedWriter): boolean {
  return user.role !== "ADMIN" && (user.writeRegions?.length ?? 0) > 0;
}

/** For the UI: whether this user may change the data of a state in this region. */
export function mayWriteRegion(user: ScopedWriter, region: Region): boolean {
  return !isRegionLimited(user) || user.writeRegions!.includes(region);
}

const region = (r: Region) => ({ key: `labels.region.${r}` });

/** The user's regions, as a list the reader's language writes out ("Africa and Europe"). */
export function regionList(items: readonly Region[]) {
  return { list: items.map(region) };
}

/**
 * Why this change is refused for this user, or null when it is allowed. Every state touched must be in one of the
 * user's regions (a contact with targets in two regions needs both); a change touching no state or region at
 * all (a meeting, a session, an organisation's pledge to nobody in particular) is shared by every region, and
 * only writers without a limit may make it.
 */
export function scopeRefusal(user: ScopedWriter, touched: Touched | "shared"): Message | null {
  if (!isRegionLimited(user)) return null;
  const allowed = user.writeRegions!;
  const yours = regionList(allowed);
  const states = touched === "shared" ? [] : touched.states;
  const regions = touched === "shared" ? [] : (touched.regions ?? []);
  if (states.length === 0 && regions.length === 0) {
    return say("mutations.youMayChangeDataStates", { regions: yours });
  }
  const outsideStates = states.filter((s) => !allowed.includes(s.region));
  const outsideRegions = [...new Set(regions.filter((r) => !allowed.includes(r)))];
  if (outsideStates.length === 0 && outsideRegions.length === 0) return null;
  const named = [
    ...outsideStates.slice(0, 5).map((s) => say("mutations.nameRegion", { name: s.name, region: region(s.region) })),
    ...(outsideStates.length > 5 ? [say("mutations.nMore", { n: outsideStates.length - 5 })] : []),
    ...outsideRegions.map((r) => say("mutations.regionRegion", { region: region(r) })),
  ];
  return say("mutations.youMayChangeDataStates2", { regions: yours, list: { list: named } });
}
