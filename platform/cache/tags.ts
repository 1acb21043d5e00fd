// What a change touches, as data-cache tags: pure, so that the mapping is tested on its own (tests/unit/cache-tags).
// A cached read names the tags of every kind of record it reads; a change invalidates the tags of the records its
// audit rows describe. An entity not listed here invalidates everything: forgetting one must never serve stale data.

export const CACHE_TAGS = ["states", "activity", "contacts", "pledges", "meetings", "settings", "users"] as const;
export type CacheTag = (typeof CACHE_TAGS)[number];

/** The part of an audit row the mapping needs (see platform/audit.ts). */
export interface TouchedEntity {
  entity: string;
  stateIso3?: string | null;
  extraIso3?: readonly string[];
}

const TAGS_OF_ENTITY: Record<string, readonly CacheTag[]> = {
  TreatyStatus: ["states"],
  DomesticStep: ["states"],
  DomesticPath: ["states"],
  StateNote: ["states"],
  Contact: ["contacts"],
  Pledge: ["pledges"],
  // Statements hold pledges (a pledge names its statement), and are held at meetings.
  Statement: ["pledges", "meetings"],
  Meeting: ["meetings", "pledges"],
  Setting: ["settings"],
  // Names of users appear in recent activity and on contacts (logged by, next-step owner).
  User: ["users"],
  // A meeting's session (its title and chairs show with the meeting's statements and pledges).
  Session: ["meetings", "pledges"],
  // Nothing cached shows tokens.
  ApiToken: [],
  CalendarToken: [],
};

/** The tags to invalidate after a change whose audit rows are `entries`. */
export function tagsForChange(entries: readonly TouchedEntity[]): CacheTag[] {
  const tags = new Set<CacheTag>();
  for (const entry of entries) {
    const known = TAGS_OF_ENTITY[entry.entity];
    for (const tag of known ?? CACHE_TAGS) tags.add(tag);
    // "Last activity" of a state and the dashboard's recent activity are read from the audit rows about states.
    if (entry.stateIso3 || (entry.extraIso3?.length ?? 0) > 0) tags.add("activity");
  }
  return CACHE_TAGS.filter((t) => tags.has(t));
}

/** The PostgreSQL sequence whose value is the tag's version (see platform/cache/versions.ts). */
export function tagSequence(tag: CacheTag): string {
  return `cache_tag_${tag}`;
}
