import type { PrismaClient, Role } from "@prisma/client";
import type { SignedInUser } from "@/platform/mutations/core";
import { uniqueEmail } from "./db";

/** A real user row per role (mutations write their id into audit rows and foreign keys). */
export async function createSignedInUser(prisma: PrismaClient, role: Role): Promise<SignedInUser> {
  const user = await prisma.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name: `Test ${role.toLowerCase()}`, role, passwordHash: "not-used" },
    select: { id: true, name: true, role: true },
  });
  return user;
}

export const ROLES: readonly Role[] = ["ADMIN", "COORDINATOR", "CONTRIBUTOR", "VIEWER"];

/** One new user of each role. */
export async function createUserPerRole(prisma: PrismaClient): Promise<Record<Role, SignedInUser>> {
  const users = {} as Record<Role, SignedInUser>;
  for (const role of ROLES) users[role] = await createSignedInUser(prisma, role);
  return users;
}
