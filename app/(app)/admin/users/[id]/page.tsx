import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessForm, ResetPasswordForm, RevokeSessionsForm, RoleForm, WriteRegionsForm } from "@/features/users/components/user-forms";
import { Timestamp } from "@/platform/ui/timestamp";
import { requireRole } from "@/platform/auth/session";
import { getUser } from "@/features/users/queries/users";
import { USER_ADMIN_ROLES } from "@/lib/domain/roles";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("admin.user");
  return { title: t("title") };
}

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const me = await requireRole(USER_ADMIN_ROLES, `/admin/users/${encodeURIComponent(id)}`);
  const user = await getUser(id);
  if (!user) notFound();
  const t = await getTranslations("admin.user");
  const labels = await getTranslations("labels");
  const mayBeLimited = user.role === "CONTRIBUTOR" || user.role === "COORDINATOR";
  const section = "mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5";
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/users" className="underline underline-offset-2">
          {t("users")}
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{user.name}</span>
      </nav>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{user.name}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-slate-600">{t("role")}</dt>
        <dd>{labels(`role.${user.role}`)}</dd>
        <dt className="font-medium text-slate-600">{t("status")}</dt>
        <dd data-testid="user-status">{user.active ? t("active") : t("deactivatedNoSignIn")}</dd>
        <dt className="font-medium text-slate-600">{t("created")}</dt>
        <dd>
          <Timestamp value={user.createdAt} />
        </dd>
        <dt className="font-medium text-slate-600">{t("lastSignIn")}</dt>
        <dd>
          <Timestamp value={user.lastSignIn} empty={t("never")} />
        </dd>
      </dl>
      <p className="mb-6 text-sm">
        <Link href={`/admin/audit?user=${user.id}`} className="underline underline-offset-2">
          {t("auditLink", { name: user.name })}
        </Link>
      </p>

      <section aria-labelledby="role-heading" className={section}>
        <h2 id="role-heading" className="mb-3 text-lg font-semibold">
          {t("roleHeading")}
        </h2>
        <RoleForm userId={user.id} role={user.role} />
      </section>
      {mayBeLimited ? (
        <section aria-labelledby="regions-heading" className={section}>
          <h2 id="regions-heading" className="mb-1 text-lg font-semibold">
            {t("regionsHeading")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t("regionsText", { name: user.name })}</p>
          <WriteRegionsForm userId={user.id} regions={user.writeRegions} />
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
          {t("sessionsHeading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="session-count">
          {t("sessionCount", { count: user.openSessions })} {user.id === me.id ? t("signOutSelf") : t("signOutOthers")}
        </p>
        <RevokeSessionsForm userId={user.id} />
      </section>
      <section aria-labelledby="access-heading" className={section}>
        <h2 id="access-heading" className="mb-1 text-lg font-semibold">
          {t("accessHeading")}
        </h2>
        {user.id === me.id ? (
          <p className="text-sm text-slate-700">{t("ownAccount")}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">{user.active ? t("deactivateText") : t("reactivateText")}</p>
            <AccessForm userId={user.id} active={user.active} />
          </>
        )}
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="mb-1 text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("passwordText")}</p>
        <ResetPasswordForm userId={user.id} />
      </section>
    </article>
  );
}
