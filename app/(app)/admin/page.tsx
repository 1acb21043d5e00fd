import { redirect } from "next/navigation";
import { requireRole } from "@/platform/auth/session";
import { AUDIT_READER_ROLES, USER_ADMIN_ROLES } from "@/lib/domain/roles";

export default async function AdminPage() {
  const user = await requireRole(AUDIT_READER_ROLES, "/admin");
  redirect(USER_ADMIN_ROLES.includes(user.role) ? "/admin/users" : "/admin/audit");
}
