"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="rounded border border-slate-600 px-2.5 py-1 text-sm text-white hover:bg-slate-700"
    >
      {t("signOut")}
    </button>
  );
}
