import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@prisma/client";
import { requireUser, type CurrentUser } from "./session";

/** For pages that only exist to run a mutation: those who may not run it get a 404, not a useless form. */
export async function requireMayRun(mutation: { roles: readonly Role[] }, callbackPath: string): Promise<CurrentUser> {
  const user = await requireUser(callbackPath);
  if (!mutation.roles.includes(user.role)) notFound();
  return user;
}
