import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/domain/callback-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold tracking-tight">Adhere</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">
          Universalization tracker for the Convention on Cluster Munitions. Sign in to continue.
        </p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
