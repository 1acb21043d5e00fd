import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/domain/locale";
import { hashPassword, verifyPassword } from "@/platform/auth/password";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { endSessions, newPasswordField } from "./users";

export const changeOwnPassword = defineMutation({
  name: "account.changePassword",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  schema: z
    .object({
      currentPassword: z.string({ message: "userMutations.enterYourCurrentPassword" }).min(1, "userMutations.enterYourCurrentPassword").max(1024),
      newPassword: newPasswordField,
      confirmPassword: z.string().optional().default(""),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "userMutations.twoNewPasswordsDiffer" })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "userMutations.choosePasswordDifferentFromCurrent" }),
  async run({ tx, user, input, audit }) {
    const stored = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      throw new ActionError("invalid", "mutations.someFieldsNeedAttentionNothing", { currentPassword: "userMutations.notYourCurrentPassword" });
    }
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) }, select: { id: true } });
    // Whoever knew the old password may be signed in elsewhere: those sessions end, this one stays.
    const { count } = await tx.authSession.deleteMany({ where: { userId: user.id, id: { not: user.sessionId ?? "" } } });
    await audit({
      action: "account.changePassword",
      entity: "User",
      entityId: user.id,
      after: { password: "changed", ...(count > 0 ? { otherSessionsEnded: count } : {}) },
    });
    return { message: say("userMutations.passwordChanged", { n: count }) };
  },
});

/** Ends every session of one's own account, this one included (a lost laptop, a shared computer left signed in). */
export const signOutEverywhere = defineMutation({
  name: "account.signOutEverywhere",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  // The form's button sends this; anything else (an empty or forged post) changes nothing.
  schema: z.object({ confirm: z.literal("everywhere", { message: "userMutations.useSignOutEverywhereButton" }) }),
  async run({ tx, user, audit }) {
    const ended = await endSessions(tx, user.id);
    await audit({ action: "account.signOutEverywhere", entity: "User", entityId: user.id, after: { sessionsEnded: ended } });
    return { message: "userMutations.youAreSignedOutEverywhere", redirectTo: "/signin?reason=everywhere" };
  },
});

/** The language of one's pages and exports, kept with the account so it follows the user to any computer. */
export const setOwnLocale = defineMutation({
  name: "account.setLocale",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  schema: z.object({ locale: z.enum(LOCALES, { message: "userMutations.chooseEnglishFrenchSpanish" }) }),
  async run({ tx, user, input, audit }) {
    const before = await tx.user.findUnique({ where: { id: user.id }, select: { locale: true } });
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale }, select: { id: true } });
    await audit({
      action: "account.setLocale",
      entity: "User",
      entityId: user.id,
      before: { locale: before?.locale ?? null },
      after: { locale: input.locale },
    });
    // Said in the language just chosen: the reader may not read the one they left.
    return { message: { key: "userMutations.languageChanged", values: {}, locale: input.locale } };
  },
  // The sign-in page after signing out speaks the same language.
  cookie: (input) => ({ name: LOCALE_COOKIE, value: input.locale, maxAge: 60 * 60 * 24 * 365 }),
});
