import { useLocale, useTranslations } from "next-intl";
import type { HistoryEntry } from "@/platform/audit";
import { actionLabel } from "@/lib/domain/history";
import { ChangeList } from "@/platform/ui/change-list";
import { formatTimestamp } from "@/platform/ui/timestamp";

export function HistoryTimeline({ entries, footer }: { entries: HistoryEntry[]; footer?: React.ReactNode }) {
  const t = useTranslations("state");
  const locale = useLocale();
  const actionText = (action: string) => {
    const key = `action.${action}` as "action.stateNote.add";
    return t.has(key) ? t(key) : actionLabel(action);
  };
  return (
    <section aria-labelledby="history-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">
        {t("history.heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("history.empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("history.aria")}>
          {entries.map((entry) => {
            return (
              <li key={entry.id} className="border-l-2 border-slate-300 pl-3" data-history-action={entry.action}>
                <p className="text-sm">
                  <strong>{actionText(entry.action)}</strong>
                  <span className="text-slate-600">
                    {" "}
                    · <time dateTime={entry.at}>{formatTimestamp(entry.at, locale)}</time> · {entry.user ?? t("imported")}
                  </span>
                </p>
                <ChangeList before={entry.before} after={entry.after} className="mt-1 text-sm" />
              </li>
            );
          })}
        </ol>
      )}
      {footer}
    </section>
  );
}
