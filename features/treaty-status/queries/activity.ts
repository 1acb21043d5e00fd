import "server-only";
import { Prisma } from "@prisma/client";
import { visibleAuditSql, type Viewer } from "@/platform/auth/visibility";

/**
 * The audit rows (aliased `a`) that count as a state's activity: those the viewer may see, leaving out rows about a
 * contact that is still only planned: a plan is not something that happened.
 */
export function activityAuditSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`${visibleAuditSql(viewer)} AND NOT EXISTS (SELECT 1 FROM "Contact" pc WHERE a.entity = 'Contact' AND pc.id = a."entityId" AND pc.status = 'PLANNED')`;
}
