import { z } from "zod";
import { defineMutation } from "./core";

export const DEFAULT_STALLED_AFTER_MONTHS = 12;

export const updateStalledSetting = defineMutation({
  name: "settings.stalledAfterMonths",
  roles: ["ADMIN"],
  schema: z.object({
    months: z.coerce.number({ message: "Enter a number of months." }).int("Enter a whole number of months.").min(1, "At least 1 month.").max(120, "At most 120 months."),
  }),
  async run({ tx, user, input, audit }) {
    const before = await tx.setting.findUnique({ where: { key: "stalledAfterMonths" }, select: { value: true } });
    await tx.setting.upsert({
      where: { key: "stalledAfterMonths" },
      create: { key: "stalledAfterMonths", value: input.months, updatedById: user.id },
      update: { value: input.months, updatedById: user.id },
    });
    await audit({ action: "settings.update", entity: "Setting", entityId: "stalledAfterMonths", before: { months: before?.value ?? DEFAULT_STALLED_AFTER_MONTHS }, after: { months: input.months } });
    return { message: `States are now flagged as stalled after ${input.months} months without activity.`, paths: ["/states", "/admin/settings"] };
  },
});
