// Records the tests find or make through the app's own mutations.
import type { PrismaClient } from "@prisma/client";
import { expect } from "vitest";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { createContact } from "@/features/contacts/mutations";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "./mutations";

/** The id of the actor a state speaks, pledges and is contacted as. */
export async function actorOf(prisma: PrismaClient, iso3: string): Promise<string> {
  return (await prisma.actor.findUniqueOrThrow({ where: { stateIso3: iso3 }, select: { id: true } })).id;
}

/** Logs a contact by the co-coordinators (today, a bilateral meeting, unless the fields say otherwise); it must be saved. */
export async function logContact(prisma: PrismaClient, user: SignedInUser, fields: Record<string, unknown>) {
  const actor = await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } });
  const result = await executeMutation(prisma, createContact, user, { date: todayIso(), channel: "BILATERAL_MEETING", actorId: actor.id, ...fields });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return prisma.contact.findFirstOrThrow({
    where: { summary: String(fields.summary) },
    select: { id: true, version: true, status: true, outcome: true, deletedAt: true },
  });
}
