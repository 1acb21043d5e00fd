import type { Prisma, Role } from "@prisma/client";
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
