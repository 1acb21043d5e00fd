import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { Timestamp } from "@/platform/ui/timestamp";
import { requireRole } from "@/platform/auth/session";
import { listUsers } from "@/features/users/queries/users";
import { isRegionLimited } from "@/lib/domain/region-scope";
import { USER_ADMIN_ROLES } from "@/lib/domain/roles";
import { ScrollRegion } from "@/platform/ui/scroll-region";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const me = await requireRole(USER_ADMIN_ROLES, "/admin/users");
  const users = await listUsers();
  const t = await getTranslations("admin.users");
  const labels = await getTranslations("labels");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {t("summary", { active: users.filter((u) => u.active).length, deactivated: users.filter((u) => !u.active).length })}
      </p>
      <ScrollRegion labelledBy="users-caption" className="mb-8 rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption id="users-caption" className="sr-only">
            {t("title")}
          </caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("email")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("role")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("status")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("lastSignIn")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id} data-user={user.email} className={user.active ? undefined : "text-slate-600"}>
                <td className="px-4 py-2">
                  <Link href={`/admin/users/${user.id}`} className="font-medium text-sky-900 underline-offset-2 hover:underline">
                    {user.name}
                  </Link>
                  {user.id === me.id ? <span className="text-slate-600"> {t("you")}</span> : null}
                </td>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">
                  {labels(`role.${user.role}`)}
                  {isRegionLimited(user) ? (
                    <span className="text-slate-600">
                      {" "}
                      · {t("regionsOnly", { regions: user.writeRegions.map((r) => labels(`region.${r}`)).join(", ") })}
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-2">{user.active ? t("active") : t("deactivated")}</td>
                <td className="px-4 py-2">
                  <Timestamp value={user.lastSignIn} empty={t("never")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <section aria-labelledby="add-user-heading" className="max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="add-user-heading" className="mb-3 text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <CreateUserForm />
      </section>
    </>
  );
}
