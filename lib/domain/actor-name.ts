import type { Locale } from "./locale";
import { localStateName } from "./state-names";

/** An actor's name in the reader's language: a state's is translated, an organisation's stays as it calls itself. */
export function localActorName(actor: { name: string; kind: "STATE" | "ORGANISATION"; stateIso3: string | null }, locale: Locale): string {
  return actor.kind === "STATE" && actor.stateIso3 ? localStateName(actor.stateIso3, actor.name, locale) : actor.name;
}
