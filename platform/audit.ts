import type { Prisma, PrismaClient } from "@prisma/client";

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  stateIso3?: string | null;
  /** Further states the change concerns (a contact with several targets). */
  extraIso3?: string[];
  /** A change to a restricted contact: hidden from those who may not see restricted contacts. */
  sensitive?: boolean;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Only for imported history: when the recorded fact happened. Live changes are stamped by the database. */
  at?: Date;
}

/** One row per change, written in the same transaction as the change it records. */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditEvent.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      stateIso3: entry.stateIso3 ?? null,
      extraIso3: entry.extraIso3 ?? [],
      sensitive: entry.sensitive ?? false,
      before: entry.before,
      after: entry.after,
      at: entry.at,
    },
    select: { id: true },
  });
}

/** A change as the history lists show it: who did what, when, and the record before and after. */
export interface HistoryEntry {
  id: string;
  at: string;
  action: string;
  entity: string;
  user: string | null;
  before: unknown;
  after: unknown;
}

/** The columns a history list reads from an audit row. */
export const historySelect = {
  id: true,
  at: true,
  action: true,
  entity: true,
  before: true,
  after: true,
  user: { select: { name: true } },
} satisfies Prisma.AuditEventSelect;

export function toHistoryEntry(row: Prisma.AuditEventGetPayload<{ select: typeof historySelect }>): HistoryEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    action: row.action,
    entity: row.entity,
    user: row.user?.name ?? null,
    before: row.before,
    after: row.after,
  };
}
