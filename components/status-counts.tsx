import type { StatusCounts, StatusKind } from "@/lib/domain/status";
import { STATUS_KINDS, STATUS_LABEL } from "@/lib/domain/status";
import { StatusBadge } from "./status-badge";

export function StatusCountsPanel({ counts }: { counts: StatusCounts }) {
  return (
    <section aria-labelledby="status-counts-heading" className="mb-6">
      <h2 id="status-counts-heading" className="sr-only">
        Counts by status
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {STATUS_KINDS.map((kind: StatusKind) => (
          <div key={kind} className="rounded border border-slate-200 bg-white px-3 py-2" data-count={kind}>
            <dt className="text-xs">
              <StatusBadge status={kind} wrap />
            </dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" aria-label={`${counts[kind]} ${STATUS_LABEL[kind]}`}>
              {counts[kind]}
            </dd>
          </div>
        ))}
        <div className="rounded border border-slate-200 bg-white px-3 py-2" data-count="byDeposit">
          <dt className="text-xs font-medium text-slate-600">States Parties counted by deposit</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{counts.byDeposit}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-600">
        “State Party” counts states for which the Convention is in force (Article 17). The Convention’s
        Implementation Support Unit and the Cluster Munition Coalition count States Parties by deposit of the
        instrument: that count adds the states that have ratified or acceded but are not yet in force.
      </p>
    </section>
  );
}
