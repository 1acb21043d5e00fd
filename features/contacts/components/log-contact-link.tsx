"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** "Log contact" from anywhere; on a state's page the state is already filled in as the target. */
export function LogContactLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const state = /^\/states\/([A-Za-z]{3})$/.exec(pathname)?.[1]?.toUpperCase();
  return (
    <Link href={state ? `/contacts/new?target=${state}` : "/contacts/new"} className={className}>
      {t("logContact")}
    </Link>
  );
}
