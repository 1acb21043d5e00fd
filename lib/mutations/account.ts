import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ActionError, defineMutation } from "./core";
import { newPasswordField } from "./users";

export const changeOwnPassword = defineMutation({
  name: "account.changePassword",
  roles: ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
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
    await audit({ action: "account.changePassword", entity: "User", entityId: user.id, after: { password: "changed" } });
    return { message: "Your password is changed. Use the new one the next time you sign in.", paths: ["/account"] };
  },
});
