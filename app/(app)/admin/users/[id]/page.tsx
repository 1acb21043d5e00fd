import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessForm, ResetPasswordForm, RevokeSessionsForm, RoleForm, WriteRegionsForm } from "@/components/admin/user-forms";
import { Timestamp } from "@/components/timestamp";
import { requireRole } from "@/lib/auth/session";
import { getUser } from "@/lib/data/users";
import { ROLE_LABEL, USER_ADMIN_ROLES } from "@/lib/domain/roles";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const me = await requireRole(USER_ADMIN_ROLES, `/admin/users/${encodeURIComponent(id)}`);
  const user = await getUser(id);
  if (!user) notFound();
  const section = "mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5";
  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin/users" className="underline underline-offset-2">Users</Link>
        <span aria-hidden="true"> / </span>
        <span>{user.name}</span>
      </nav>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{user.name}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-slate-600">Role</dt>
        <dd>{ROLE_LABEL[user.role]}</dd>
        <dt className="font-medium text-slate-600">Status</dt>
        <dd data-testid="user-status">{user.active ? "Active" : "Deactivated: cannot sign in"}</dd>
        <dt className="font-medium text-slate-600">Account created</dt>
        <dd><Timestamp value={user.createdAt} /></dd>
        <dt className="font-medium text-slate-600">Last sign-in</dt>
        <dd><Timestamp value={user.lastSignIn} empty="Never" /></dd>
      </dl>
      <p className="mb-6 text-sm">
        <Link href={`/admin/audit?user=${user.id}`} className="underline underline-offset-2">Everything {user.name} did, in the audit log</Link>
      </p>

      <section aria-labelledby="role-heading" className={section}>
        <h2 id="role-heading" className="mb-3 text-lg font-semibold">Role</h2>
        <RoleForm userId={user.id} role={user.role} />
      </section>
      {user.role === "CONTRIBUTOR" || user.role === "COORDINATOR" ? (
        <section aria-labelledby="regions-heading" className={section}>
          <h2 id="regions-heading" className="mb-1 text-lg font-semibold">Regions for writing</h2>
          <p className="mb-3 text-sm text-slate-700">
            Limit what {user.name} may change to the states of some regions (treaty records, domestic steps, notes, Article 7
            reports, contacts, pledges, statements). They still read everything their role allows.
          </p>
          <WriteRegionsForm userId={user.id} regions={user.writeRegions} />
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">Sessions</h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="session-count">
          {user.openSessions === 0 ? "No open session." : `${user.openSessions} open ${user.openSessions === 1 ? "session" : "sessions"} (browsers signed in and not yet timed out or signed out).`}{" "}
          Signing out everywhere ends them all on their next page{user.id === me.id ? ", this one included" : ""}.
        </p>
        <RevokeSessionsForm userId={user.id} />
      </section>
      <section aria-labelledby="access-heading" className={section}>
        <h2 id="access-heading" className="mb-1 text-lg font-semibold">Access</h2>
        {user.id === me.id ? (
          <p className="text-sm text-slate-700">This is your own account: another administrator can deactivate it.</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">
              {user.active
                ? "A deactivated user is signed out on their next page and cannot sign in; their name stays on what they recorded."
                : "This account is deactivated. Reactivating it lets the user sign in again with their password."}
            </p>
            <AccessForm userId={user.id} active={user.active} />
          </>
        )}
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="mb-1 text-lg font-semibold">Password</h2>
        <p className="mb-3 text-sm text-slate-700">Set a new password when the user has forgotten theirs, then give it to them directly.</p>
        <ResetPasswordForm userId={user.id} />
      </section>
    </article>
  );
}
