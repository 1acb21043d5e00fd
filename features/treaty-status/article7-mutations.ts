import { z } from "zod";
import { fromIsoDate, isIsoDate, todayIso } from "@/lib/domain/dates";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { oneState } from "@/platform/mutations/scope";
import { iso3, notADate, optionalDate, optionalText } from "@/platform/mutations/fields";

export const recordArticle7Report = defineMutation({
  name: "article7.record",
  roles: ["COORDINATOR", "ADMIN"],
  scope: oneState,
  schema: z
    .object({
      iso3,
      kind: z.enum(["INITIAL", "ANNUAL"], { message: "treatyMutations.chooseKindReport" }),
      year: z
        .string()
        .trim()
        .optional()
        .transform((v) => (v ? Number(v) : null))
        .pipe(z.number().int().min(2010, "treatyMutations.enterYearFrom2010").max(2100).nullable()),
      submittedOn: optionalDate("fields.submitted").refine((v) => v !== null, "treatyMutations.enterDaySubmitted"),
      source: optionalText("fields.source", 2000),
    })
    .refine((v) => v.kind === "INITIAL" || v.year !== null, { path: ["year"], message: "treatyMutations.sayWhichYearS30" })
    .refine((v) => !v.submittedOn || v.submittedOn <= todayIso(), { path: ["submittedOn"], message: "treatyMutations.dateFuture" }),
  async run({ tx, input, audit }) {
    const year = input.kind === "INITIAL" ? null : input.year;
    const existing = await tx.article7Report.findFirst({ where: { stateIso3: input.iso3, kind: input.kind, year }, select: { id: true } });
    if (existing)
      throw new ActionError(
        "conflict",
        input.kind === "INITIAL"
          ? "treatyMutations.initialReportAlreadyRecorded"
          : say("treatyMutations.yearUpdateAlreadyRecorded", { year: year ?? "" }),
      );
    const report = await tx.article7Report.create({
      data: { stateIso3: input.iso3, kind: input.kind, year, submittedOn: fromIsoDate(input.submittedOn!), source: input.source },
      select: { id: true },
    });
    await audit({
      action: "article7.record",
      entity: "Article7Report",
      entityId: report.id,
      stateIso3: input.iso3,
      after: { kind: input.kind, year, submittedOn: input.submittedOn, source: input.source },
    });
    return {
      message:
        input.kind === "INITIAL"
          ? "treatyMutations.initialArticle7ReportRecorded"
          : say("treatyMutations.article7UpdateYearRecorded", { year: year ?? "" }),
    };
  },
});

/** The Setting row holding the day from which every Article 7 report received is recorded (YYYY-MM-DD). */
export const ARTICLE7_COMPLETE_SETTING = "article7RecordsCompleteFrom";

/** An administrator says from which day the records are complete: reports due from then with none recorded are late. */
export const setArticle7RecordsComplete = defineMutation({
  name: "settings.article7RecordsComplete",
  roles: ["ADMIN"],
  scope: "unscoped",
  // Blank clears the day; the field itself must be sent, so that an empty request changes nothing.
  schema: z.object({
    completeFrom: z
      .string({ message: "treatyMutations.sayArticle7CompleteFrom" })
      .trim()
      .transform((v) => v || null)
      .refine((v) => v === null || isIsoDate(v), notADate("fields.article7CompleteFrom")),
  }),
  async run({ tx, user, input, audit }) {
    const stored = await tx.setting.findUnique({ where: { key: ARTICLE7_COMPLETE_SETTING }, select: { value: true } });
    const before = typeof stored?.value === "string" ? stored.value : null;
    if (input.completeFrom === null) {
      await tx.setting.deleteMany({ where: { key: ARTICLE7_COMPLETE_SETTING } });
    } else {
      await tx.setting.upsert({
        where: { key: ARTICLE7_COMPLETE_SETTING },
        create: { key: ARTICLE7_COMPLETE_SETTING, value: input.completeFrom, updatedById: user.id },
        update: { value: input.completeFrom, updatedById: user.id },
      });
    }
    await audit({
      action: "settings.update",
      entity: "Setting",
      entityId: ARTICLE7_COMPLETE_SETTING,
      before: { completeFrom: before },
      after: { completeFrom: input.completeFrom },
    });
    return {
      message: input.completeFrom
        ? say("treatyMutations.article7CompleteFromSet", { date: { date: input.completeFrom } })
        : "treatyMutations.article7CompleteCleared",
    };
  },
});
