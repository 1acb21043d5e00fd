import Link from "next/link";
import type { StatementView } from "@/lib/data/meetings";

export function StatementCard({ statement, context }: { statement: StatementView; context?: React.ReactNode }) {
  return (
    <article id={`statement-${statement.id}`} className="border-l-2 border-slate-300 pl-3" data-statement={statement.id}>
      <h4 className="font-medium">
        {statement.speakers.map((speaker, i) => (
          <span key={speaker.id}>
            {i === 0 ? "" : i === statement.speakers.length - 1 ? " and " : ", "}
            <Link href={speaker.href} className="text-sky-900 underline-offset-2 hover:underline">{speaker.name}</Link>
          </span>
        ))}
        {context ? <span className="font-normal text-slate-600"> · {context}</span> : null}
      </h4>
      <p className="text-sm" lang={statement.language}>{statement.summary}</p>
      {statement.quotes.length > 0 ? (
        <ul className="mt-1 space-y-1">
          {statement.quotes.map((q) => (
            <li key={q.id}>
              <blockquote className="border-l-4 border-sky-200 bg-sky-50 px-2 py-1 text-sm italic" lang={statement.language}>“{q.text}”</blockquote>
            </li>
          ))}
        </ul>
      ) : null}
      {statement.concerns.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600">
          Concerns: {statement.concerns.map((c, i) => <span key={c.iso3}>{i > 0 ? ", " : ""}<Link href={`/states/${c.iso3}`} className="underline">{c.name}</Link></span>)}
        </p>
      ) : null}
      {statement.pledges.length > 0 ? (
        <ul className="mt-1 text-sm">
          {statement.pledges.map((p) => (
            <li key={p.id}>
              <span className="font-medium">Pledge:</span> <Link href={`/pledges/${p.id}`} className="underline">{p.text}</Link>
              {p.dueText ? <span className="text-slate-600"> (due {p.dueText})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
