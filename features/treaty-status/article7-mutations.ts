import { z } from "zod";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { oneState } from "@/platform/mutations/scope";
import { iso3, optionalDate, optionalText } from "@/platform/mutations/fields";

export const recordArticle7Report = defineMutation({
  name: "article7.record",
  roles: ["COORDINATOR", "ADMIN"],
  scope: oneState,
  schema: z
    .object({
      iso3,
      kind: z.enum(["INITIAL", "ANNUAL"], { message: "Choose the kind of report." }),
      year: z.string().trim().optional().transform((v) => (v ? Number(v) : null)).pipe(z.number().int().min(2010, "Enter a year from 2010.").max(2100).nullable()),
      submittedOn: optionalDate("Submitted on").refine((v) => v !== null, "Enter the day it was submitted."),
      source: optionalText("Source", 2000),
    })
    .refine((v) => v.kind === "INITIAL" || v.year !== null, { path: ["year"], message: "Say which year's 30 April update this is." })
    .refine((v) => !v.submittedOn || v.submittedOn <= todayIso(), { path: ["submittedOn"], message: "The date is in the future." }),
  async run({ tx, input, audit }) {
    const year = input.kind === "INITIAL" ? null : input.year;
    const existing = await tx.article7Report.findFirst({ where: { stateIso3: input.iso3, kind: input.kind, year }, select: { id: true } });
    if (existing) throw new ActionError("conflict", input.kind === "INITIAL" ? "The initial report is already recorded." : `The ${year} update is already recorded.`);
    const report = await tx.article7Report.create({
      data: { stateIso3: input.iso3, kind: input.kind, year, submittedOn: fromIsoDate(input.submittedOn!), source: input.source },
      select: { id: true },
    });
    await audit({ action: "article7.record", entity: "Article7Report", entityId: report.id, stateIso3: input.iso3, after: { kind: input.kind, year, submittedOn: input.submittedOn, source: input.source } });
    return { message: input.kind === "INITIAL" ? "Initial Article 7 report recorded." : `Article 7 update for ${year} recorded.`};
  },
});
