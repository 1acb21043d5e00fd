import { Prisma, type Role } from "@prisma/client";
import { canSeeRestricted } from "@/lib/domain/contacts";

/** Who is asking: every read of contacts, and of the audit rows that describe them, depends on it. */
export interface Viewer {
  id: string;
  role: Role;
}

/**
 * The contacts a viewer may receive. Every query on contacts — lists, exports, timelines, counts, the
 * de-confliction check — starts from this, so a restricted contact never leaves the database for a
 * contributor or a viewer. Deleted contacts are shown only to administrators, only when asked for.
 */
export function visibleContacts(viewer: Viewer, options: { deleted?: boolean } = {}): Prisma.ContactWhereInput {
  const deleted = options.deleted && viewer.role === "ADMIN";
  return {
    deletedAt: deleted ? { not: null } : null,
    ...(canSeeRestricted(viewer.role) ? {} : { sensitivity: "SHARED" as const }),
  };
}

/** The audit rows a viewer may receive: changes to restricted contacts are left out like the contacts. */
export function visibleAudit(viewer: Viewer): Prisma.AuditEventWhereInput {
  return canSeeRestricted(viewer.role) ? {} : { sensitive: false };
}

/**
 * The same two rules for the few raw SQL reads (per-state aggregates): a condition to append to a WHERE clause
 * on contacts aliased `c` and on audit events aliased `a`. Deleted contacts are always left out.
 */
export function visibleContactsSql(viewer: Viewer): Prisma.Sql {
  return canSeeRestricted(viewer.role) ? Prisma.sql`c."deletedAt" IS NULL` : Prisma.sql`c."deletedAt" IS NULL AND c.sensitivity = 'SHARED'`;
}

export function visibleAuditSql(viewer: Viewer): Prisma.Sql {
  return canSeeRestricted(viewer.role) ? Prisma.sql`TRUE` : Prisma.sql`a.sensitive = FALSE`;
}
