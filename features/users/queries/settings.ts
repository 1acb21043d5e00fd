import "server-only";
import { db } from "@/platform/db";
import { sessionPolicyFrom, type SessionPolicy } from "@/lib/domain/auth-session";
import { DEFAULT_STALLED_AFTER_MONTHS } from "@/features/users/mutations/settings";

export async function stalledAfterMonths(): Promise<number> {
  const setting = await db().setting.findUnique({ where: { key: "stalledAfterMonths" }, select: { value: true } });
  return typeof setting?.value === "number" ? setting.value : DEFAULT_STALLED_AFTER_MONTHS;
}

export async function sessionPolicy(): Promise<SessionPolicy> {
  const setting = await db().setting.findUnique({ where: { key: "session" }, select: { value: true } });
  return sessionPolicyFrom(setting?.value);
}
