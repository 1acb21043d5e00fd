"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  const current = active ? "page" : undefined;
  return (
    <Link
      href={href}
      aria-current={current}
      className={`block rounded px-3 py-1.5 text-sm font-medium ${active ? "bg-white text-slate-900" : "text-slate-100 hover:bg-slate-700"}`}
    >
      {children}
    </Link>
  );
}
