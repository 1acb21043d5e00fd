import "server-only";
import { db } from "@/lib/db";

/** People who can own a next step: active users, by name. */
export async function userOptions(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true }, take: 1000 });
}
