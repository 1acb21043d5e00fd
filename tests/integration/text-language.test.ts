import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { createContact, updateContact } from "@/features/contacts/mutations";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
let french: SignedInUser;
let english: SignedInUser;

describe("the language of what coordinators type", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    french = { ...(await createSignedInUser(prisma, "COORDINATOR")), locale: "fr" };
    english = await createSignedInUser(prisma, "COORDINATOR");
  });
  afterAll(() => prisma.$disconnect());

  it("records a note in the writer's language, or in the one they name, and keeps the text as written", async () => {
    const body = `Le ministère prépare le projet de loi ${randomUUID().slice(0, 8)}`;
    expect(await executeMutation(prisma, addStateNote, french, { iso3: "TCD", body })).toMatchObject({ ok: true });
    expect(await prisma.stateNote.findFirstOrThrow({ where: { body }, select: { body: true, language: true } })).toEqual({ body, language: "fr" });

    const spanish = `Nota en español ${randomUUID().slice(0, 8)}`;
    expect(await executeMutation(prisma, addStateNote, english, { iso3: "TCD", body: spanish, language: "es" })).toMatchObject({ ok: true });
    expect((await prisma.stateNote.findFirstOrThrow({ where: { body: spanish }, select: { language: true } })).language).toBe("es");

    const refused = await executeMutation(prisma, addStateNote, english, { iso3: "TCD", body: "x", language: "de" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { language: "Choose English, French or Spanish." } });
  });

  it("records a contact's language when it is logged and keeps it through an edit that does not name one", async () => {
    const actorId = (await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } })).id;
    const summary = `Démarche auprès du Tchad ${randomUUID().slice(0, 8)}`;
    const created = await executeMutation(prisma, createContact, french, { date: todayIso(), channel: "DEMARCHE", actorId, targets: "TCD", summary });
    expect(created).toMatchObject({ ok: true });
    const contact = await prisma.contact.findFirstOrThrow({ where: { summary }, select: { id: true, version: true, language: true } });
    expect(contact.language).toBe("fr");

    const edited = await executeMutation(prisma, updateContact, english, {
      id: contact.id,
      version: String(contact.version),
      date: todayIso(),
      channel: "DEMARCHE",
      actorId,
      targets: "TCD",
      summary: `${summary} (suite)`,
    });
    expect(edited).toMatchObject({ ok: true });
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { language: true } })).language).toBe("fr");
  });
});
