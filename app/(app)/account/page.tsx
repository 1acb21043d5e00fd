import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { CalendarFeedForms, CreateApiTokenForm, RevokeApiTokenForm } from "@/components/account/token-forms";
import { Timestamp } from "@/components/timestamp";
import { requireUser } from "@/lib/auth/session";
import { tokensOf } from "@/lib/data/tokens";
import { canSeeRestricted } from "@/lib/domain/contacts";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { listRegions } from "@/lib/domain/region-scope";
import { ROLE_LABEL } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const { apiTokens, calendar } = await tokensOf(user.id);
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
      <section aria-labelledby="calendar-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="calendar-heading" className="mb-2 text-lg font-semibold">Calendar feed</h2>
        <p className="mb-3 text-sm text-slate-700">
          Meetings, pledge due dates, planned contacts and their next steps, and Article 7 report deadlines, in your own
          calendar (Outlook, Google Calendar, Apple Calendar): subscribe to a private address that only you know.
          {canSeeRestricted(user.role) ? " Your feed includes restricted contacts: keep its address to yourself." : ""}
        </p>
        <p className="mb-3 text-sm" data-calendar-status>
          {calendar ? (
            calendar.invalid ? (
              <>Your feed address no longer works (your password was reset). Create a new one.</>
            ) : (
              <>Active since <Timestamp value={calendar.createdAt} />; last read <Timestamp value={calendar.lastUsedAt} empty="never" />.</>
            )
          ) : (
            <>You have no calendar feed.</>
          )}
        </p>
        <CalendarFeedForms active={Boolean(calendar)} />
      </section>
      <section aria-labelledby="api-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="api-heading" className="mb-2 text-lg font-semibold">API tokens</h2>
        <p className="mb-3 text-sm text-slate-700">
          Programs read states, pledges and meetings through the read API (<a className="underline" href="/api/v1/openapi.json">its description</a>)
          with a personal token. A token reads what you may read, with your role at the time of each request; it cannot change anything.
        </p>
        {apiTokens.length > 0 ? (
          <div className="mb-4 overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Your API tokens</caption>
              <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">Name</th>
                  <th scope="col" className="px-3 py-2">Token</th>
                  <th scope="col" className="px-3 py-2">Created</th>
                  <th scope="col" className="px-3 py-2">Last used</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">Action</span></th>
                </tr>
              </thead>
              <tbody>
                {apiTokens.map((t) => (
                  <tr key={t.id} className="border-t border-slate-200" data-api-token={t.name}>
                    <td className="px-3 py-2 font-medium">{t.name}</td>
                    <td className="px-3 py-2 font-mono text-xs">{t.prefix}</td>
                    <td className="px-3 py-2"><Timestamp value={t.createdAt} /></td>
                    <td className="px-3 py-2"><Timestamp value={t.lastUsedAt} empty="never" /></td>
                    <td className="px-3 py-2">
                      {t.revokedAt ? (
                        <span className="text-slate-600">Revoked <Timestamp value={t.revokedAt} /></span>
                      ) : t.invalid ? (
                        <span className="text-slate-600">No longer valid (password reset)</span>
                      ) : (
                        <RevokeApiTokenForm id={t.id} name={t.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mb-3 text-sm text-slate-600">You have no API tokens.</p>
        )}
        <CreateApiTokenForm />
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
