import "server-only";
import { Prisma, type ContactChannel, type ContactOutcome, type Region } from "@prisma/client";
import { db } from "@/platform/db";
import type { IsoDate } from "@/lib/domain/dates";
import { visibleContactsSql, type Viewer } from "@/platform/auth/visibility";

export interface ContactTallyRow {
  region: Region;
  channel: ContactChannel;
  outcome: ContactOutcome | null;
  /** Contacts with at least one target in the region (a contact counts once per region). */
  contacts: number;
  /** Where the group's newest contact stands in the log's order (1 = the newest): the order groups were first met in. */
  first: number;
}

/**
 * The contacts done in a period, counted in the database by region of their targets, channel and outcome, and the
 * states they reached: two statements whatever the number of contacts, under the same visibility rule as the log.
 */
export async function doneContactTally(from: IsoDate, to: IsoDate, viewer: Viewer): Promise<{ tally: ContactTallyRow[]; contacted: string[] }> {
  const done = Prisma.sql`c.status = 'DONE' AND c.date >= ${from}::date AND c.date <= ${to}::date AND ${visibleContactsSql(viewer)}`;
  const [tally, contacted] = await Promise.all([
    db().$queryRaw<ContactTallyRow[]>`
      WITH c AS (
        SELECT c.id, c.channel, c.outcome, row_number() OVER (ORDER BY c.date DESC, c."createdAt" DESC, c.id ASC) AS rn
        FROM "Contact" c WHERE ${done}
      )
      SELECT s.region::text AS region, c.channel::text AS channel, c.outcome::text AS outcome,
        count(DISTINCT c.id)::int AS contacts, min(c.rn)::int AS first
      FROM c JOIN "ContactState" cs ON cs."contactId" = c.id JOIN "State" s ON s.iso3 = cs."stateIso3"
      GROUP BY 1, 2, 3`,
    db().$queryRaw<{ iso3: string }[]>`
      SELECT DISTINCT cs."stateIso3" AS iso3 FROM "Contact" c JOIN "ContactState" cs ON cs."contactId" = c.id WHERE ${done}`,
  ]);
  return { tally, contacted: contacted.map((r) => r.iso3) };
}
