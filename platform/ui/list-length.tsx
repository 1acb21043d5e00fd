import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Under a list that shows the first few of its entries: how many of how many, and a link to show more; or, once it
 * shows as many as the page will, a link to the list elsewhere that has every entry (`elsewhere`).
 */
export function ListLength({
  shown,
  total,
  href,
  more,
  elsewhere,
}: {
  shown: number;
  total: number;
  href?: string;
  more: string;
  elsewhere?: { href: string; label: string };
}) {
  const t = useTranslations("state.more");
  if (total <= shown) return null;
  return (
    <p className="mt-3 text-sm text-slate-600" data-list-length={`${shown}/${total}`}>
      {t("showing", { shown, total })}
      {href ? (
        <>
          {" "}
          <Link href={href} className="text-sky-900 underline underline-offset-2">
            {more}
          </Link>
        </>
      ) : elsewhere ? (
        <>
          {" "}
          <Link href={elsewhere.href} className="text-sky-900 underline underline-offset-2">
            {elsewhere.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}
