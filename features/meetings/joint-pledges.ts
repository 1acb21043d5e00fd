import type { IsoDate } from "@/lib/domain/dates";

export interface PledgeMaker<Actor> {
  pledgeId: string;
  status: string;
  actor: Actor;
}

/** A pledge as a statement made it: one line, with everyone who made it (each keeps a record of their own). */
export interface StatementPledge<Actor> {
  text: string;
  dueText: string;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  makers: PledgeMaker<Actor>[];
}

interface PledgeRecord<Actor> {
  id: string;
  text: string;
  status: string;
  dueText: string;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  actor: Actor;
}

/**
 * Co-speakers who pledge the same thing in one statement ("Ghana and Portugal will keep working with states not
 * party…") have a pledge each, followed up each; the statement says it once, made jointly.
 */
export function jointPledges<Actor>(pledges: readonly PledgeRecord<Actor>[]): StatementPledge<Actor>[] {
  const lines = new Map<string, StatementPledge<Actor>>();
  for (const p of pledges) {
    const same = `${p.text.trim().toLowerCase()}\u0000${p.dueText.trim().toLowerCase()}`;
    const line = lines.get(same) ?? { text: p.text, dueText: p.dueText, dueEarliest: p.dueEarliest, dueLatest: p.dueLatest, makers: [] };
    line.makers.push({ pledgeId: p.id, status: p.status, actor: p.actor });
    lines.set(same, line);
  }
  return [...lines.values()];
}
