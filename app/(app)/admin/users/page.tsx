import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { Timestamp } from "@/components/timestamp";
import { requireRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { ROLE_LABEL, USER_ADMIN_ROLES } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireRole(USER_ADMIN_ROLES, "/admin/users");
  const users = await listUsers();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Users</h1>
      <p className="mb-6 text-sm text-slate-600">
        {users.filter((u) => u.active).length} active and {users.filter((u) => !u.active).length} deactivated accounts. Open a user to change their
        role, deactivate them or reset their password.
      </p>
      <div className="mb-8 overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Name</th>
              <th scope="col" className="px-4 py-2 font-semibold">Email</th>
              <th scope="col" className="px-4 py-2 font-semibold">Role</th>
              <th scope="col" className="px-4 py-2 font-semibold">Status</th>
              <th scope="col" className="px-4 py-2 font-semibold">Last sign-in</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id} data-user={user.email} className={user.active ? undefined : "text-slate-600"}>
                <td className="px-4 py-2">
                  <Link href={`/admin/users/${user.id}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                    {user.name}
                  </Link>
                  {user.id === me.id ? <span className="text-slate-600"> (you)</span> : null}
                </td>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">
                  {ROLE_LABEL[user.role]}
                  {user.writeRegions.length > 0 && user.role !== "ADMIN" ? <span className="text-slate-600"> · {user.writeRegions.join(", ")} only</span> : null}
                </td>
                <td className="px-4 py-2">{user.active ? "Active" : "Deactivated"}</td>
                <td className="px-4 py-2">
                  <Timestamp value={user.lastSignIn} empty="Never" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-user-heading" className="max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="add-user-heading" className="mb-3 text-lg font-semibold">Add a user</h2>
        <CreateUserForm />
      </section>
    </>
  );
}
