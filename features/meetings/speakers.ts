import "server-only";
import { db } from "@/platform/db";

export interface ActorOption {
  id: string;
  name: string;
  kind: "STATE" | "ORGANISATION";
  href: string;
  stateIso3: string | null;
}

export const actorSelect = {
  id: true,
  kind: true,
  stateIso3: true,
  state: { select: { name: true } },
  organisation: { select: { id: true, name: true, shortName: true } },
} as const;

type ActorRow = {
  id: string;
  kind: "STATE" | "ORGANISATION";
  stateIso3: string | null;
  state: { name: string } | null;
  organisation: { id: string; name: string; shortName: string } | null;
};

export function toActorOption(a: ActorRow): ActorOption {
  return {
    id: a.id,
    kind: a.kind,
    stateIso3: a.stateIso3,
    name: a.state?.name ?? a.organisation?.name ?? "Unknown",
    href: a.stateIso3 ? `/states/${a.stateIso3}` : `/organisations/${a.organisation?.id}`,
  };
}

/** "Costa Rica and Grenada", "Ghana, Portugal and Chile". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Organisations first (few, often chosen), then states by name. */
export async function listActors(): Promise<ActorOption[]> {
  const rows = await db().actor.findMany({ select: actorSelect });
  return rows.map(toActorOption).sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "en") : a.kind === "ORGANISATION" ? -1 : 1));
}

export async function getOrganisation(id: string) {
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return null;
  return db().organisation.findUnique({
    where: { id },
    select: { id: true, name: true, shortName: true, aliases: true, actor: { select: { id: true } } },
  });
}
