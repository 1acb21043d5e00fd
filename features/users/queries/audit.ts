import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/platform/db";
import type { AuditFilter } from "@/lib/domain/audit-filter";
import { fromIsoDate } from "@/lib/domain/dates";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  stateIso3: string | null;
  user: { id: string; name: string } | null;
  /** For events about a user account: whose. */
  subject: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  events: AuditRow[];
  /** Events matching the filter, on every page. */
  total: number;
  /** The cursor of the next (older) page, if there is one. */
  nextCursor: string | null;
}

function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const dayAfter = (day: string) => new Date(fromIsoDate(day).getTime() + 24 * 60 * 60 * 1000);
  return {
    userId: filter.user,
    entity: filter.entity,
    action: filter.action,
    at:
      filter.from || filter.to
        ? { gte: filter.from ? fromIsoDate(filter.from) : undefined, lt: filter.to ? dayAfter(filter.to) : undefined }
        : undefined,
  };
}

/** One page of the audit log, newest first: three queries. */
export async function listAuditEvents(filter: AuditFilter): Promise<AuditPage> {
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({
      where: where(filter),
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...(filter.cursor ? { cursor: { id: BigInt(filter.cursor) }, skip: 1 } : {}),
      take: AUDIT_PAGE_SIZE + 1,
      select: {
        id: true,
        at: true,
        action: true,
        entity: true,
        entityId: true,
        stateIso3: true,
        before: true,
        after: true,
        user: { select: { id: true, name: true } },
      },
    }),
    db().auditEvent.count({ where: where(filter) }),
  ]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const subjectIds = [...new Set(page.filter((r) => r.entity === "User" && r.entityId).map((r) => r.entityId!))];
  const subjects = subjectIds.length
    ? new Map((await db().user.findMany({ where: { id: { in: subjectIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
    : new Map<string, string>();
  return {
    events: page.map((r) => ({
      ...r,
      id: String(r.id),
      at: r.at.toISOString(),
      subject: r.entity === "User" && r.entityId ? (subjects.get(r.entityId) ?? null) : null,
    })),
    total,
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? String(page[page.length - 1].id) : null,
  };
}

export interface AuditFilterOptions {
  users: { id: string; name: string; email: string }[];
  entities: string[];
  actions: string[];
}

/** What the filter's lists offer: every user, and the entities and actions that occur in the log. */
export async function auditFilterOptions(): Promise<AuditFilterOptions> {
  const [users, entities, actions] = await Promise.all([
    db().user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
    db().auditEvent.groupBy({ by: ["entity"], orderBy: { entity: "asc" } }),
    db().auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { users, entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
}
