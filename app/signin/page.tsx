import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { sessionPolicy } from "@/lib/data/settings";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import { parseSignedOutReason, signedOutMessage } from "@/lib/domain/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const reason = parseSignedOutReason(params.reason);
  const notice = reason ? signedOutMessage(reason, await sessionPolicy()) : null;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold tracking-tight">Adhere</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">
          Universalization tracker for the Convention on Cluster Munitions. Sign in to continue.
        </p>
        {notice && (
          <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="signed-out-reason">
            {notice}
          </p>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
