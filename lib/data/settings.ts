import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_STALLED_AFTER_MONTHS } from "@/lib/mutations/settings";

export async function stalledAfterMonths(): Promise<number> {
  const setting = await db().setting.findUnique({ where: { key: "stalledAfterMonths" }, select: { value: true } });
  return typeof setting?.value === "number" ? setting.value : DEFAULT_STALLED_AFTER_MONTHS;
}
