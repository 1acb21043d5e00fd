import type { HistoryEntry } from "@/lib/data/state-detail";
import { actionLabel, describeChanges } from "@/lib/domain/history";

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
            const changes = describeChanges(entry.before, entry.after);
            return (
              <li key={entry.id} className="border-l-2 border-slate-300 pl-3" data-history-action={entry.action}>
                <p className="text-sm">
                  <strong>{actionLabel(entry.action)}</strong>
                  <span className="text-slate-600">
                    {" "}· <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time> · {entry.user ?? "imported"}
                  </span>
                </p>
                {changes.length > 0 ? (
                  <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
                    {changes.map((c) => (
                      <div key={c.field} className="contents">
                        <dt className="text-slate-600">{c.field}</dt>
                        <dd>
                          {entry.before ? (
                            <>
                              <del className="text-slate-500">{c.before}</del> <span aria-hidden="true">→</span>
                              <span className="sr-only"> changed to </span>{" "}
                            </>
                          ) : null}
                          <ins className="no-underline">{c.after}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
