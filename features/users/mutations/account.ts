import { z } from "zod";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/domain/locale";
import { hashPassword, verifyPassword } from "@/platform/auth/password";
import { ActionError, defineMutation } from "@/platform/mutations/core";
import { endSessions, newPasswordField } from "./users";

export const changeOwnPassword = defineMutation({
  name: "account.changePassword",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  schema: z
    .object({
      currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(1024),
      newPassword: newPasswordField,
      confirmPassword: z.string().optional().default(""),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." }),
  async run({ tx, user, input, audit }) {
    const stored = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      throw new ActionError("invalid", "Some fields need attention. Nothing was saved.", { currentPassword: "This is not your current password." });
    }
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) }, select: { id: true } });
    // Whoever knew the old password may be signed in elsewhere: those sessions end, this one stays.
    const { count } = await tx.authSession.deleteMany({ where: { userId: user.id, id: { not: user.sessionId ?? "" } } });
    await audit({ action: "account.changePassword", entity: "User", entityId: user.id, after: { password: "changed", ...(count > 0 ? { otherSessionsEnded: count } : {}) } });
    const changed = "Your password is changed. Use the new one the next time you sign in.";
    const others = count === 0 ? "" : count === 1 ? " Your other session has ended." : ` Your ${count} other sessions have ended.`;
    return { message: `${changed}${others}`};
  },
});

/** Ends every session of one's own account, this one included (a lost laptop, a shared computer left signed in). */
export const signOutEverywhere = defineMutation({
  name: "account.signOutEverywhere",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  // The form's button sends this; anything else (an empty or forged post) changes nothing.
  schema: z.object({ confirm: z.literal("everywhere", { message: "Use the “Sign out everywhere” button." }) }),
  async run({ tx, user, audit }) {
    const ended = await endSessions(tx, user.id);
    await audit({ action: "account.signOutEverywhere", entity: "User", entityId: user.id, after: { sessionsEnded: ended } });
    return { message: "You are signed out everywhere.", redirectTo: "/signin?reason=everywhere" };
  },
});

/** The language of one's pages and exports, kept with the account so it follows the user to any computer. */
export const setOwnLocale = defineMutation({
  name: "account.setLocale",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  scope: "unscoped",
  schema: z.object({ locale: z.enum(LOCALES, { message: "Choose English, French or Spanish." }) }),
  async run({ tx, user, input, audit }) {
    const before = await tx.user.findUnique({ where: { id: user.id }, select: { locale: true } });
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale }, select: { id: true } });
    await audit({ action: "account.setLocale", entity: "User", entityId: user.id, before: { locale: before?.locale ?? null }, after: { locale: input.locale } });
    return { message: LANGUAGE_CHANGED[input.locale]};
  },
  // The sign-in page after signing out speaks the same language.
  cookie: (input) => ({ name: LOCALE_COOKIE, value: input.locale, maxAge: 60 * 60 * 24 * 365 }),
});

// Said in the language just chosen: the reader may not read the one they left.
const LANGUAGE_CHANGED: Record<Locale, string> = {
  en: "Pages and exports are now in English.",
  fr: "Les pages et les exports sont désormais en français.",
  es: "Las páginas y las exportaciones están ahora en español.",
};
