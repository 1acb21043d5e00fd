import { z } from "zod";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { say, zodMessage } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { ARTICLE7_CSV_MAX_CHARS, reviewArticle7Csv } from "./article7-import";

/**
 * Records the Article 7 submissions of an uploaded CSV, all or none: the same dry run as the page showed is made again
 * in the transaction, and one refused row (or one recorded meanwhile) refuses the whole upload.
 */
export const importArticle7Reports = defineMutation({
  name: "article7.import",
  roles: ["COORDINATOR", "ADMIN"],
  scope: async ({ tx, input }) => {
    const review = await reviewArticle7Csv(tx, input.csv, todayIso());
    return review.ok ? { states: review.rows.flatMap((r) => (r.ok ? [r.report.iso3] : [])) } : null;
  },
  schema: z.object({
    csv: z
      .string({ message: "article7Import.empty" })
      .max(ARTICLE7_CSV_MAX_CHARS, zodMessage("article7Import.tooLarge", { max: ARTICLE7_CSV_MAX_CHARS })),
  }),
  async run({ tx, input, audit }) {
    const review = await reviewArticle7Csv(tx, input.csv, todayIso());
    if (!review.ok) throw new ActionError("invalid", review.message);
    if (review.refused > 0) throw new ActionError("invalid", say("article7Import.rowsRefused", { n: review.refused }));
    for (const row of review.rows) {
      if (!row.ok) continue;
      const { iso3, kind, year, submittedOn, source } = row.report;
      const report = await tx.article7Report.create({
        data: { stateIso3: iso3, kind, year, submittedOn: fromIsoDate(submittedOn), source },
        select: { id: true },
      });
      await audit({
        action: "article7.record",
        entity: "Article7Report",
        entityId: report.id,
        stateIso3: iso3,
        after: { kind, year, submittedOn, source, line: row.line },
      });
    }
    return { message: say("article7Import.recorded", { n: review.accepted }) };
  },
});
