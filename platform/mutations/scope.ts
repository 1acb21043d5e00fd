// What each change touches, for region-limited writers (lib/domain/region-scope.ts states the rule; core.ts checks it).
import type { Prisma, Region } from "@prisma/client";
import { visibleContacts } from "@/platform/auth/visibility";
import type { SignedInUser, ScopeTouch } from "./core";

type Tx = Prisma.TransactionClient;

/** A change to one state's own records: treaty record, domestic path, notes, Article 7 reports. */
export const oneState = async ({ input }: { input: { iso3: string } }): Promise<ScopeTouch> => ({ states: [input.iso3] });

export async function stepScope({ tx, input }: { tx: Tx; input: { id: string } }): Promise<ScopeTouch | null> {
  const step = await tx.domesticStep.findUnique({ where: { id: input.id }, select: { stateIso3: true } });
  return step && { states: [step.stateIso3] };
}

/** A contact belongs to its target states (who reached out may be anywhere); an edit touches old and new targets. */
export async function contactScope({
  tx,
  input,
  user,
}: {
  tx: Tx;
  input: { id?: string; targets?: string[] };
  user: SignedInUser;
}): Promise<ScopeTouch | null> {
  const states = [...(input.targets ?? [])];
  if (input.id) {
    // Only a contact this user may see: a restricted one stays "not found", never named in a refusal.
    const current = await tx.contact.findFirst({
      where: { AND: [{ id: input.id }, visibleContacts(user)] },
      select: { targets: { select: { stateIso3: true } } },
    });
    if (!current) return null;
    states.push(...current.targets.map((t) => t.stateIso3));
  }
  return { states };
}

async function actorState(tx: Tx, actorId: string): Promise<string[]> {
  const actor = await tx.actor.findUnique({ where: { id: actorId }, select: { stateIso3: true } });
  return actor?.stateIso3 ? [actor.stateIso3] : [];
}

interface PledgeTouch {
  actorId?: string;
  targets?: string[];
  targetRegion?: Region | null;
}

async function storedPledges(tx: Tx, ids: string[]): Promise<ScopeTouch & { found: number }> {
  const pledges = await tx.pledge.findMany({
    where: { id: { in: ids } },
    select: { targetRegion: true, actor: { select: { stateIso3: true } }, targets: { select: { stateIso3: true } } },
  });
  return {
    found: pledges.length,
    states: pledges.flatMap((p) => [...(p.actor.stateIso3 ? [p.actor.stateIso3] : []), ...p.targets.map((t) => t.stateIso3)]),
    regions: pledges.flatMap((p) => (p.targetRegion ? [p.targetRegion] : [])),
  };
}

/** A pledge belongs to the state that made it and the states (or region) it is for; an edit touches before and after. */
export async function pledgeScope({ tx, input }: { tx: Tx; input: PledgeTouch & { id?: string } }): Promise<ScopeTouch | null> {
  const states = [...(input.actorId ? await actorState(tx, input.actorId) : []), ...(input.targets ?? [])];
  const regions: Region[] = input.targetRegion ? [input.targetRegion] : [];
  if (input.id) {
    const stored = await storedPledges(tx, [input.id]);
    if (stored.found === 0) return null;
    states.push(...stored.states);
    regions.push(...(stored.regions ?? []));
  }
  return { states, regions };
}

export async function bulkPledgeScope({ tx, input }: { tx: Tx; input: { pledges: string[] } }): Promise<ScopeTouch | null> {
  const stored = await storedPledges(
    tx,
    input.pledges.map((entry) => entry.split(":")[0]),
  );
  return stored.found === 0 ? null : stored;
}

/**
 * A statement belongs to the states that spoke (first speaker and co-speakers) and the states it concerns; an edit
 * touches before and after.
 */
export async function statementScope({
  tx,
  input,
}: {
  tx: Tx;
  input: { id?: string; speakerId: string; coSpeakerIds?: string[]; concerns: string[] };
}): Promise<ScopeTouch | null> {
  const speakers = await tx.actor.findMany({ where: { id: { in: [input.speakerId, ...(input.coSpeakerIds ?? [])] } }, select: { stateIso3: true } });
  const states = [...speakers.flatMap((a) => (a.stateIso3 ? [a.stateIso3] : [])), ...input.concerns];
  if (input.id) {
    const current = await tx.statement.findUnique({
      where: { id: input.id },
      select: {
        speaker: { select: { stateIso3: true } },
        coSpeakers: { select: { actor: { select: { stateIso3: true } } } },
        concerns: { select: { stateIso3: true } },
      },
    });
    if (!current) return null;
    states.push(
      ...[current.speaker, ...current.coSpeakers.map((c) => c.actor)].flatMap((a) => (a.stateIso3 ? [a.stateIso3] : [])),
      ...current.concerns.map((c) => c.stateIso3),
    );
  }
  return { states };
}
