import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/platform/audit";
import { addDays } from "@/lib/domain/contacts";
import { fromIsoDate, todayIso, type IsoDate } from "@/lib/domain/dates";
import { ensureActors } from "./meetings";
import { CONTACTS_2013, type SeedContact } from "./meetings-2013";

function dayOf(contact: SeedContact, today: IsoDate): IsoDate {
  return typeof contact.date === "string" ? contact.date : addDays(today, contact.date.daysAfterSeed);
}

/**
 * Adds the contacts of CONTACTS_2013 that were never loaded (by key), each with one audit row. Never updates:
 * a contact edited, marked done or deleted since stays as the coordinators left it.
 */
export async function seedContacts2013(prisma: PrismaClient, today: IsoDate = todayIso()): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await ensureActors(tx);
      const existing = new Set(
        (await tx.contact.findMany({ where: { importKey: { in: CONTACTS_2013.map((c) => c.key) } }, select: { importKey: true } })).map(
          (c) => c.importKey,
        ),
      );
      const missing = CONTACTS_2013.filter((c) => !existing.has(c.key));
      if (missing.length === 0) return 0;
      const actors = await tx.actor.findMany({
        select: { id: true, stateIso3: true, state: { select: { name: true } }, organisation: { select: { name: true } } },
      });
      const actorOf = (name: string) => {
        const found = actors.find((a) => a.stateIso3 === name || a.organisation?.name === name);
        if (!found) throw new Error(`Seed contact actor not found: ${name}`);
        return found;
      };
      const actorId = (name: string) => actorOf(name).id;
      const pledgeId = async (ref: { actor: string; text: string }) => {
        const pledge = await tx.pledge.findFirst({ where: { actorId: actorId(ref.actor), text: { startsWith: ref.text } }, select: { id: true } });
        if (!pledge) throw new Error(`Seed contact pledge not found: ${ref.actor} “${ref.text}”`);
        return pledge.id;
      };
      for (const contact of missing) {
        const date = dayOf(contact, today);
        const links = [
          ...(await Promise.all((contact.fulfils ?? []).map(async (p) => ({ pledgeId: await pledgeId(p), link: "FULFILS" as const })))),
          ...(await Promise.all((contact.followsUp ?? []).map(async (p) => ({ pledgeId: await pledgeId(p), link: "FOLLOWS_UP" as const })))),
        ];
        const row = await tx.contact.create({
          data: {
            importKey: contact.key,
            date: fromIsoDate(date),
            status: contact.status,
            actorId: actorId(contact.actor),
            channel: contact.channel,
            level: contact.level ?? null,
            place: contact.place ?? "",
            summary: contact.summary,
            outcome: contact.outcome ?? null,
            nextStep: contact.nextStep ?? "",
            nextStepDue: contact.nextStepDue ? fromIsoDate(contact.nextStepDue) : null,
            sensitivity: contact.sensitivity ?? "SHARED",
            targets: { create: contact.targets.map((stateIso3) => ({ stateIso3 })) },
            pledges: { create: links },
          },
          select: { id: true },
        });
        // Imported history keeps its real date; follow-ups planned ahead of the seed are recorded now.
        const recordedOn = contact.recordedOn ?? (date <= today ? date : null);
        const at = recordedOn ? new Date(`${recordedOn}T12:00:00.000Z`) : undefined;
        await recordAudit(tx, {
          userId: null,
          at,
          action: "seed.history",
          entity: "Contact",
          entityId: row.id,
          stateIso3: contact.targets[0],
          extraIso3: contact.targets.slice(1),
          sensitive: contact.sensitivity === "RESTRICTED",
          after: {
            date,
            status: contact.status,
            actor: actorOf(contact.actor).state?.name ?? contact.actor,
            targets: contact.targets,
            channel: contact.channel,
            summary: contact.summary,
            outcome: contact.outcome ?? null,
          },
        });
      }
      return missing.length;
    },
    { timeout: 60_000 },
  );
}
