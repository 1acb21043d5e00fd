import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user as the database knows them now: a deactivated account or a changed role takes
 * effect on the next request, not when the token expires.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: the proxy redirects too, but each page checks for itself. */
export async function requireUser(callbackPath = "/"): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
