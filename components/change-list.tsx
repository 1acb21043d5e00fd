import { describeChanges } from "@/lib/domain/history";

/** What an audited change changed, field by field: "before → after", or what was set when nothing was before. */
export function ChangeList({ before, after, className = "" }: { before: unknown; after: unknown; className?: string }) {
  const changes = describeChanges(before, after);
  if (changes.length === 0) return null;
  return (
    <dl className={`grid grid-cols-[max-content_1fr] gap-x-3 ${className}`}>
      {changes.map((c) => (
        <div key={c.field} className="contents">
          <dt className="text-slate-600">{c.field}</dt>
          <dd className="break-words">
            {before ? (
              <>
                <del className="text-slate-600">{c.before}</del> <span aria-hidden="true">→</span>
                <span className="sr-only"> changed to </span>{" "}
              </>
            ) : null}
            <ins className="no-underline">{c.after}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
