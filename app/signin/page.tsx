import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInLanguageLinks } from "@/platform/ui/language-switcher";
import { SignInForm } from "@/features/users/components/sign-in-form";
import { currentUser } from "@/platform/auth/session";
import { sessionPolicy } from "@/features/users/queries/settings";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import { parseSignedOutReason, type SessionPolicy, type SignedOutReason } from "@/lib/domain/auth-session";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

/** Why the reader is on this page again, in their language (the reason comes from the address, the figures from the policy). */
async function signedOutNotice(reason: SignedOutReason, policy: SessionPolicy): Promise<string> {
  const t = await getTranslations("auth.signedOut");
  const duration = (minutes: number) => (minutes % 60 === 0 ? t("hours", { count: minutes / 60 }) : t("minutes", { count: minutes }));
  switch (reason) {
    case "idle":
      return t("idle", { duration: duration(policy.idleMinutes) });
    case "expired":
      return t("expired", { duration: duration(policy.lifetimeHours * 60) });
    case "everywhere":
      return t("everywhere");
    case "revoked":
      return t("revoked");
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const reason = parseSignedOutReason(params.reason);
  const notice = reason ? await signedOutNotice(reason, await sessionPolicy()) : null;
  // The language links keep the rest of the address, so choosing a language does not lose the page asked for or the notice.
  const kept = new URLSearchParams();
  if (typeof params.callbackUrl === "string") kept.set("callbackUrl", callbackUrl);
  if (reason) kept.set("reason", reason);
  const here = kept.size > 0 ? `/signin?${kept.toString()}` : "/signin";
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center gap-4 px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold tracking-tight">Adhere</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("intro")}</p>
        {notice && (
          <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="signed-out-reason">
            {notice}
          </p>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <SignInLanguageLinks path={here} />
    </main>
  );
}
