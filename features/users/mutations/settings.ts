import { z } from "zod";
import { DEFAULT_SESSION_POLICY, SESSION_LIMITS, sessionPolicyFrom } from "@/lib/domain/session";
import { defineMutation } from "@/platform/mutations/core";

export const DEFAULT_STALLED_AFTER_MONTHS = 12;

export const updateStalledSetting = defineMutation({
  name: "settings.stalledAfterMonths",
  roles: ["ADMIN"],
  scope: "unscoped",
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
    return { message: `States are now flagged as stalled after ${input.months} months without activity.`};
  },
});

const whole = (label: string, unit: string, { min, max }: { min: number; max: number }) =>
  z.coerce
    .number({ message: `Enter the ${label} as a number of ${unit}.` })
    .int(`Enter a whole number of ${unit}.`)
    .min(min, `At least ${min} ${unit}.`)
    .max(max, `At most ${max} ${unit}.`);

/** How long sessions last (from sign-in) and how long they may sit unused; applies to every open session at once. */
export const updateSessionSettings = defineMutation({
  name: "settings.session",
  roles: ["ADMIN"],
  scope: "unscoped",
  schema: z
    .object({
      lifetimeHours: whole("session lifetime", "hours", SESSION_LIMITS.lifetimeHours),
      idleMinutes: whole("idle timeout", "minutes", SESSION_LIMITS.idleMinutes),
    })
    .refine((v) => v.idleMinutes <= v.lifetimeHours * 60, { path: ["idleMinutes"], message: "The idle timeout cannot be longer than the session lifetime." }),
  async run({ tx, user, input, audit }) {
    const stored = await tx.setting.findUnique({ where: { key: "session" }, select: { value: true } });
    const before = stored ? sessionPolicyFrom(stored.value) : DEFAULT_SESSION_POLICY;
    const value = { lifetimeHours: input.lifetimeHours, idleMinutes: input.idleMinutes };
    await tx.setting.upsert({
      where: { key: "session" },
      create: { key: "session", value, updatedById: user.id },
      update: { value, updatedById: user.id },
    });
    await audit({ action: "settings.update", entity: "Setting", entityId: "session", before: { ...before }, after: value });
    return {
      message: `Sessions now end ${input.lifetimeHours} hours after sign-in, or after ${input.idleMinutes} minutes without activity; this applies to open sessions on their next page.`,
    };
  },
});
