import type { Locale } from "./locale";
import { compareNames, localStateName } from "./state-names";

interface Actor {
  name: string;
  kind?: string;
  stateIso3: string | null;
}

/** A state's name in the reader's language; an organisation's name as it calls itself. */
export function localActorName(actor: Actor, locale: Locale): string {
  return actor.stateIso3 ? localStateName(actor.stateIso3, actor.name, locale) : actor.name;
}

/** An actor list (organisations first, then states by name) with the states named and sorted in the reader's language. */
export function localActors<T extends Actor>(actors: readonly T[], locale: Locale): T[] {
  if (locale === "en") return [...actors];
  const named = actors.map((a) => ({ ...a, name: localActorName(a, locale) }));
  const compare = compareNames(locale);
  const organisations = named.filter((a) => !a.stateIso3);
  const states = named.filter((a) => a.stateIso3).sort((a, b) => compare(a.name, b.name));
  return [...organisations, ...states];
}

/** A pledge with who made it and the states it targets named in the reader's language. */
export function localPledgeNames<T extends { actor: Actor; targets: { iso3: string; name: string }[] }>(pledge: T, locale: Locale): T {
  if (locale === "en") return pledge;
  return {
    ...pledge,
    actor: { ...pledge.actor, name: localActorName(pledge.actor, locale) },
    targets: pledge.targets.map((t) => ({ ...t, name: localStateName(t.iso3, t.name, locale) })),
  };
}
