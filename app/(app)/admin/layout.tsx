import { AdminNav } from "@/features/users/components/admin-nav";
import { currentUser } from "@/platform/auth/session";
import { USER_ADMIN_ROLES } from "@/lib/domain/roles";

// Navigation only: each page checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <>
      {user && USER_ADMIN_ROLES.includes(user.role) ? <AdminNav /> : null}
      {children}
    </>
  );
}
