import type { Region } from "./reference-data";
import type { Role } from "./roles";

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

export function listRegions(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Why this change is refused for this user, or null when it is allowed. Every state touched must be in one of the
 * user's regions (a contact with targets in two regions needs both); a change touching no state or region at
 * all (a meeting, a session, an organisation's pledge to nobody in particular) is shared by every region, and
 * only writers without a limit may make it.
 */
export function scopeRefusal(user: ScopedWriter, touched: Touched | "shared"): string | null {
  if (!isRegionLimited(user)) return null;
  const allowed = user.writeRegions!;
  const yours = listRegions(allowed);
  const states = touched === "shared" ? [] : touched.states;
  const regions = touched === "shared" ? [] : (touched.regions ?? []);
  if (states.length === 0 && regions.length === 0) {
    return `You may change data of states in ${yours} only, and this record is shared by every region: ask a coordinator without a region limit. Nothing was saved.`;
  }
  const outsideStates = states.filter((s) => !allowed.includes(s.region));
  const outsideRegions = [...new Set(regions.filter((r) => !allowed.includes(r)))];
  if (outsideStates.length === 0 && outsideRegions.length === 0) return null;
  const named = [
    ...outsideStates.slice(0, 5).map((s) => `${s.name} (${s.region})`),
    ...(outsideStates.length > 5 ? [`${outsideStates.length - 5} more`] : []),
    ...outsideRegions.map((r) => `the region ${r}`),
  ];
  return `You may change data of states in ${yours} only; this change concerns ${listRegions(named)}, outside them. Nothing was saved.`;
}
