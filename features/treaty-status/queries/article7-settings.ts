import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/platform/db";
import { isIsoDate, type IsoDate } from "@/lib/domain/dates";
import { ARTICLE7_COMPLETE_SETTING } from "@/features/treaty-status/article7-mutations";

/** The day from which an administrator says every Article 7 report received is recorded; null when nobody has said. */
export async function article7RecordsCompleteFrom(client: Pick<Prisma.TransactionClient, "setting"> = db()): Promise<IsoDate | null> {
  const setting = await client.setting.findUnique({ where: { key: ARTICLE7_COMPLETE_SETTING }, select: { value: true } });
  return typeof setting?.value === "string" && isIsoDate(setting.value) ? setting.value : null;
}
