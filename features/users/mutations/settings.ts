import { z } from "zod";
import { DEFAULT_SESSION_POLICY, SESSION_LIMITS, sessionPolicyFrom } from "@/lib/domain/auth-session";
import { say, zodMessage } from "@/lib/domain/message";
import { defineMutation } from "@/platform/mutations/core";

export const DEFAULT_STALLED_AFTER_MONTHS = 12;

export const updateStalledSetting = defineMutation({
  name: "settings.stalledAfterMonths",
  roles: ["ADMIN"],
  scope: "unscoped",
  schema: z.object({
    months: z.coerce
      .number({ message: "userMutations.enterNumberMonths" })
      .int("userMutations.enterWholeNumberMonths")
      .min(1, "userMutations.least1Month")
      .max(120, "userMutations.most120Months"),
  }),
  async run({ tx, user, input, audit }) {
    const before = await tx.setting.findUnique({ where: { key: "stalledAfterMonths" }, select: { value: true } });
    await tx.setting.upsert({
      where: { key: "stalledAfterMonths" },
      create: { key: "stalledAfterMonths", value: input.months, updatedById: user.id },
      update: { value: input.months, updatedById: user.id },
    });
    await audit({
      action: "settings.update",
      entity: "Setting",
      entityId: "stalledAfterMonths",
      before: { months: before?.value ?? DEFAULT_STALLED_AFTER_MONTHS },
      after: { months: input.months },
    });
    return { message: say("userMutations.statesAreNowFlaggedStalled", { n: input.months }) };
  },
});

const whole = (field: string, unit: string, { min, max }: { min: number; max: number }) =>
  z.coerce
    .number({ message: zodMessage("userMutations.enterFieldNumberUnit", { field: { key: field }, unit: { key: unit } }) })
    .int(zodMessage("userMutations.enterWholeNumberUnit", { unit: { key: unit } }))
    .min(min, zodMessage("userMutations.leastNUnit", { n: min, unit: { key: unit } }))
    .max(max, zodMessage("userMutations.mostNUnit", { n: max, unit: { key: unit } }));

/** How long sessions last (from sign-in) and how long they may sit unused; applies to every open session at once. */
export const updateSessionSettings = defineMutation({
  name: "settings.session",
  roles: ["ADMIN"],
  scope: "unscoped",
  schema: z
    .object({
      lifetimeHours: whole("fields.sessionLifetime", "fields.hours", SESSION_LIMITS.lifetimeHours),
      idleMinutes: whole("fields.idleTimeout", "fields.minutes", SESSION_LIMITS.idleMinutes),
    })
    .refine((v) => v.idleMinutes <= v.lifetimeHours * 60, { path: ["idleMinutes"], message: "userMutations.idleTimeoutCannotLongerThan" }),
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
      message: say("userMutations.sessionsNowEndHoursHours", { hours: input.lifetimeHours, minutes: input.idleMinutes }),
    };
  },
});
