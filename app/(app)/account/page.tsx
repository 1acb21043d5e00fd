import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { requireUser } from "@/lib/auth/session";
import { listRegions } from "@/lib/domain/region-scope";
import { ROLE_LABEL } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Your account</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-slate-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-slate-600">Role</dt>
        <dd>{ROLE_LABEL[user.role]}</dd>
        {user.writeRegions.length > 0 && user.role !== "ADMIN" ? (
          <>
            <dt className="font-medium text-slate-600">May change</dt>
            <dd>States in {listRegions(user.writeRegions)}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="password-heading" className="max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">Change your password</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="everywhere-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="everywhere-heading" className="mb-1 text-lg font-semibold">Sign out everywhere</h2>
        <p className="mb-3 text-sm text-slate-700">
          Ends every session of your account — on this browser and on any other computer or phone — for example after
          using a shared computer. You then sign in again here.
        </p>
        <SignOutEverywhereForm />
      </section>
    </>
  );
}
