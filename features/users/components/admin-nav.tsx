"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const LINKS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/settings", key: "settings" },
] as const;

export function AdminNav() {
  const pathname = usePathname();
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="no-print mb-5 border-b border-slate-300">
      <ul className="flex gap-1">
        {LINKS.map(({ href, key }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          const current = active ? "page" : undefined;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current}
                className={`-mb-px block border-b-2 px-3 py-1.5 text-sm font-medium ${
                  active ? "border-slate-900 text-slate-900" : "border-transparent text-slate-700 hover:border-slate-400"
                }`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
