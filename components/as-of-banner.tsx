import Link from "next/link";
import type { AsOf } from "@/lib/domain/as-of";
import { formatLongDate } from "@/lib/domain/dates";

/** Visible whenever a page shows the past, so nobody mistakes it for today's picture. */
export function AsOfBanner({ asOf, todayHref }: { asOf: AsOf; todayHref: string }) {
  if (asOf.error) {
    return (
      <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        {asOf.error}
      </p>
    );
  }
  if (asOf.isToday) return null;
  return (
    <p role="status" className="mb-4 flex flex-wrap items-center gap-3 rounded border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950">
      <span>
        Showing the situation <strong>as of {formatLongDate(asOf.date)}</strong>.
      </span>
      <Link href={todayHref} className="no-print font-medium underline underline-offset-2">
        Back to today
      </Link>
    </p>
  );
}
