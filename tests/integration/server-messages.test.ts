import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { type SignedInUser, type Mutation } from "@/platform/mutations/core";
import { createContact } from "@/features/contacts/mutations";
import { MUTATIONS } from "@/platform/mutations/registry";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { updateTreatyStatus } from "@/features/treaty-status/mutations";
import { renderActionResult } from "@/platform/i18n/render-message";
import { executeMutation as execute } from "@/platform/mutations/core";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createUserPerRole } from "../support/users";

const prisma = testPrisma();
const users = {} as Record<Role, SignedInUser>;
// What runFormAction does with a mutation's result for a reader whose language is French or Spanish.
const inFrench = async (mutation: Mutation, user: SignedInUser, input: Record<string, unknown>) =>
  renderActionResult(await execute(prisma, mutation, user, input), "fr");
const messagesOf = (result: ReturnType<typeof renderActionResult>) => [result.message, ...Object.values(result.ok ? {} : (result.fieldErrors ?? {}))];

describe("refusals in the reader's language", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    Object.assign(users, await createUserPerRole(prisma));
  });
  afterAll(() => prisma.$disconnect());

  it("gives a French reader French field errors for a refused contact, and saves nothing", async () => {
    const before = await prisma.contact.count();
    const result = await inFrench(createContact, users.CONTRIBUTOR, {
      date: "2013-13-40",
      channel: "LETTER",
      actorId: "",
      targets: "",
      summary: "   ",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Certains champs sont à corriger. Rien n'a été enregistré.",
      fieldErrors: {
        date: "Date : saisissez une date au format AAAA-MM-JJ.",
        actorId: "Choisissez qui a pris contact.",
        targets: "Indiquez au moins un État visé, par exemple GEO.",
        summary: "Résumé : ce champ est obligatoire.",
      },
    });
    expect(await prisma.contact.count()).toBe(before);
  });

  it("translates refusals found in the transaction, the role refusal and the rules of the treaty record", async () => {
    const unknownState = await inFrench(addStateNote, users.CONTRIBUTOR, { iso3: "QQQ", body: "Note d'essai" });
    expect(unknownState).toMatchObject({ ok: false, code: "not-found", message: "État inconnu." });
    const viewer = await inFrench(addStateNote, users.VIEWER, { iso3: "GEO", body: "Note d'essai" });
    expect(viewer.message).toBe("Votre rôle (Lecteur) ne permet pas de faire ceci. Rien n'a été enregistré.");
    const record = await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "GEO" }, select: { version: true } });
    const rules = renderActionResult(
      await execute(prisma, updateTreatyStatus, users.COORDINATOR, {
        iso3: "GEO",
        version: String(record.version),
        signed: "2011-02-01",
        deposited: "2010-12-01",
        source: "Essai",
      }),
      "es",
    );
    expect(rules.ok ? {} : rules.fieldErrors).toMatchObject({
      signed:
        "No es posible firmar a partir del 1 de agosto de 2010, fecha de entrada en vigor de la Convención: un Estado se hace parte por adhesión.",
    });
  });

  it("says a success in French too", async () => {
    const saved = await inFrench(addStateNote, users.CONTRIBUTOR, { iso3: "GEO", body: "Entretien avec la mission permanente." });
    expect(saved).toMatchObject({ ok: true, message: "Note ajoutée à Georgia." });
  });

  it("leaves no English in what any form gets back for an empty submission", async () => {
    const english: string[] = [];
    for (const [name, mutation] of Object.entries(MUTATIONS) as [string, Mutation][]) {
      const result = await execute(prisma, mutation, users.ADMIN, {});
      const translated = renderActionResult(result, "fr");
      const originals = messagesOf(renderActionResult(result, "en"));
      messagesOf(translated).forEach((text, i) => {
        if (text === originals[i]) english.push(`${name}: ${text}`);
      });
    }
    expect(english).toEqual([]);
  });
});
