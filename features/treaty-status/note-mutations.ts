import { z } from "zod";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { oneState } from "@/platform/mutations/scope";
import { iso3, languageOf, optionalDate, optionalText, requiredText, textLanguage } from "@/platform/mutations/fields";

export const addStateNote = defineMutation({
  name: "stateNote.add",
  roles: ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: oneState,
  schema: z
    .object({
      iso3,
      body: requiredText("fields.note", 10_000),
      language: textLanguage,
      source: optionalText("fields.source", 2000),
      notedOn: optionalDate("fields.date"),
    })
    .refine((v) => !v.notedOn || v.notedOn <= todayIso(), { path: ["notedOn"], message: "treatyMutations.dateFuture" }),
  async run({ tx, user, input, audit }) {
    const state = await tx.state.findUnique({ where: { iso3: input.iso3 }, select: { name: true } });
    if (!state) throw new ActionError("not-found", "mutations.unknownState");
    const notedOn = input.notedOn ?? todayIso();
    const note = await tx.stateNote.create({
      data: {
        stateIso3: input.iso3,
        body: input.body,
        language: languageOf(input, user),
        source: input.source,
        notedOn: fromIsoDate(notedOn),
        authorId: user.id,
      },
      select: { id: true },
    });
    await audit({
      action: "stateNote.add",
      entity: "StateNote",
      entityId: note.id,
      stateIso3: input.iso3,
      after: { body: input.body, source: input.source, notedOn },
    });
    return { message: say("treatyMutations.noteAddedName", { name: state.name }) };
  },
});
