import type { Prisma } from "@prisma/client";
import { fromIsoDate, type IsoDate } from "@/lib/domain/dates";
import type { TreatyAction } from "@/lib/domain/pledges";
import type { AuditEntry } from "@/platform/audit";

/**
 * A state's open treaty-action pledges are kept by the treaty action itself: recording DR Congo's deposit
 * closes its "deposit very soon" pledge, with the record as evidence and an audit row.
 */
export async function keepTreatyActionPledges(
  tx: Prisma.TransactionClient,
  iso3: string,
  accomplished: readonly TreatyAction[],
  on: IsoDate,
  evidence: string,
  audit: (entry: Omit<AuditEntry, "userId">) => Promise<void>,
): Promise<number> {
  if (accomplished.length === 0) return 0;
  const pledges = await tx.pledge.findMany({
    where: { actor: { stateIso3: iso3 }, kind: "TREATY_ACTION", treatyAction: { in: [...accomplished] }, status: { in: ["OPEN", "IN_PROGRESS"] } },
    select: { id: true, status: true, text: true },
  });
  for (const pledge of pledges) {
    await tx.pledge.update({
      where: { id: pledge.id },
      data: { status: "KEPT", evidence, closedOn: fromIsoDate(on), version: { increment: 1 } },
    });
    await audit({
      action: "pledge.autoKept",
      entity: "Pledge",
      entityId: pledge.id,
      stateIso3: iso3,
      before: { status: pledge.status },
      after: { status: "KEPT", evidence, reason: "treaty action recorded" },
    });
  }
  return pledges.length;
}
