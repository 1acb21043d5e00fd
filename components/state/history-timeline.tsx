import type { HistoryEntry } from "@/lib/data/state-detail";
import { actionLabel } from "@/lib/domain/history";
import { ChangeList } from "@/components/change-list";

function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">History</h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">No change has been recorded for this state yet.</p>
      ) : (
        <ol className="space-y-3" aria-label="Changes, newest first">
          {entries.map((entry) => {
            return (
              <li key={entry.id} className="border-l-2 border-slate-300 pl-3" data-history-action={entry.action}>
                <p className="text-sm">
                  <strong>{actionLabel(entry.action)}</strong>
                  <span className="text-slate-600">
                    {" "}· <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time> · {entry.user ?? "imported"}
                  </span>
                </p>
                <ChangeList before={entry.before} after={entry.after} className="mt-1 text-sm" />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
