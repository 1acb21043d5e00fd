import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/platform/auth/session";
import { createContact } from "@/features/contacts/mutations";
import { LogContactLink } from "@/features/contacts/components/log-contact-link";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const NAV = [
  { href: "/", key: "dashboard", exact: true },
  { href: "/states", key: "states", exact: false },
  { href: "/meetings", key: "meetings", exact: false },
  { href: "/pledges", key: "pledges", exact: false },
  { href: "/reports", key: "reports", exact: false },
  { href: "/contacts", key: "contacts", exact: false },
] as const;

export async function AppHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations("nav");
  const labels = await getTranslations("labels");
  const common = await getTranslations("common");
  const isAdmin = user.role === "ADMIN";
  return (
    <header className="no-print bg-slate-900 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Adhere <span className="font-normal text-slate-300">· {common("appTagline")}</span>
        </Link>
        <nav aria-label={t("main")} className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={item.exact}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            {isAdmin ? (
              <li>
                <NavLink href="/admin">{t("admin")}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {createContact.roles.includes(user.role) ? (
            <LogContactLink className="rounded border border-white px-3 py-1 font-medium hover:bg-white hover:text-slate-900" />
          ) : null}
          <LanguageSwitcher />
          <Link href="/account" className="underline-offset-2 hover:underline" title={t("yourAccount")}>
            {user.name} <span className="text-slate-300">({labels(`role.${user.role}`)})</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
