import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localActorName } from "@/lib/domain/actor-name";
import type { StatementWithMeeting } from "@/features/meetings/queries";
import type { PledgeView } from "@/features/pledges/queries";
import { StatementCard } from "@/features/meetings/components/statement-card";
import { PledgeStatusBadge } from "@/features/pledges/components/pledge-status-badge";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";

export function StatementsSection({ statements, footer }: { statements: StatementWithMeeting[]; footer?: React.ReactNode }) {
  const t = useTranslations("organisations");
  return (
    <section aria-labelledby="statements-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="statements-heading" className="mb-3 text-lg font-semibold">
        {t("statements")}
      </h2>
      {statements.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noStatements")}</p>
      ) : (
        <div className="space-y-4">
          {statements.map((s) => (
            <StatementCard
              key={s.id}
              statement={s}
              context={t.rich("statementContext", {
                meeting: (chunks) => (
                  <Link href={`/meetings/${s.meeting.id}`} className="underline">
                    {chunks}
                  </Link>
                ),
                name: s.meeting.name,
                session: s.session,
              })}
            />
          ))}
        </div>
      )}
      {footer}
    </section>
  );
}

export function PledgesSection({ pledges, actorName, footer }: { pledges: PledgeView[]; actorName: string; footer?: React.ReactNode }) {
  const t = useTranslations("organisations");
  const locale = useLocale();
  return (
    <section aria-labelledby="pledges-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="pledges-heading" className="mb-3 text-lg font-semibold">
        {t("pledges")}
      </h2>
      {pledges.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPledges", { name: actorName })}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {pledges.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              {localActorName(p.actor, locale) !== actorName ? (
                <Link href={p.actor.href} className="font-medium text-sky-900 underline">
                  {localActorName(p.actor, locale)}
                </Link>
              ) : null}
              <Link href={`/pledges/${p.id}`} className="underline-offset-2 hover:underline">
                {p.text}
              </Link>
              <span className="text-slate-600">
                {t.rich("due", { date: () => <FuzzyDateText text={p.dueText} earliest={p.dueEarliest} latest={p.dueLatest} /> })}
              </span>
              <PledgeStatusBadge status={p.status} overdue={p.overdue} />
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  );
}
