import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { createContact } from "@/lib/mutations/contacts";
import { LogContactLink } from "./contacts/log-contact-link";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const NAV = [
  { href: "/", label: "Dashboard", exact: true },
  { href: "/states", label: "States" },
  { href: "/meetings", label: "Meetings" },
  { href: "/pledges", label: "Pledges" },
  { href: "/reports", label: "Reports" },
  { href: "/contacts", label: "Contacts" },
];

export function AppHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="no-print bg-slate-900 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Adhere <span className="font-normal text-slate-300">· CCM universalization</span>
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={item.exact}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            {user.role === "ADMIN" ? (
              <li>
                <NavLink href="/admin">Admin</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {createContact.roles.includes(user.role) ? (
            <LogContactLink className="rounded border border-white px-3 py-1 font-medium hover:bg-white hover:text-slate-900" />
          ) : null}
          <Link href="/account" className="underline-offset-2 hover:underline" title="Your account">
            {user.name} <span className="text-slate-300">({ROLE_LABEL[user.role]})</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
