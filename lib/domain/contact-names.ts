import type { Locale } from "./locale";
import { compareNames, localStateName } from "./state-names";

interface NamedActor {
  name: string;
  stateIso3: string | null;
}

/** An actor named in the reader's language when it is a state; an organisation keeps its name. */
export function localActorName<T extends NamedActor>(actor: T, locale: Locale): T {
  return actor.stateIso3 ? { ...actor, name: localStateName(actor.stateIso3, actor.name, locale) } : actor;
}

/** States named in the reader's language, in that language's order. */
export function localStates<T extends { iso3: string; name: string }>(states: readonly T[], locale: Locale): T[] {
  // English names are stored, and the lists come sorted by them already.
  if (locale === "en") return [...states];
  const compare = compareNames(locale);
  return states.map((s) => ({ ...s, name: localStateName(s.iso3, s.name, locale) })).sort((a, b) => compare(a.name, b.name));
}

/** An actor picker's choices in the reader's language: organisations first, then states, each by name. */
export function localActors<T extends NamedActor & { kind: string }>(actors: readonly T[], locale: Locale): T[] {
  if (locale === "en") return [...actors];
  const compare = compareNames(locale);
  return actors
    .map((a) => localActorName(a, locale))
    .sort((a, b) => (a.kind === b.kind ? compare(a.name, b.name) : a.kind === "ORGANISATION" ? -1 : 1));
}

interface NamedContact {
  actor: NamedActor;
  targets: readonly { iso3: string; name: string }[];
  pledges: readonly { actor: string; actorIso3: string | null }[];
}

/** A contact's states (who reached out, targets, who made the linked pledges) in the reader's language. */
export function localContactNames<T extends NamedContact>(contact: T, locale: Locale): T {
  if (locale === "en") return contact;
  const pledges = contact.pledges.map((p) => (p.actorIso3 ? { ...p, actor: localStateName(p.actorIso3, p.actor, locale) } : p));
  return { ...contact, actor: localActorName(contact.actor, locale), targets: localStates(contact.targets, locale), pledges };
}
