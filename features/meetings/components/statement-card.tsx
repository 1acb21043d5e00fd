import Link from "next/link";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { useLocale, useTranslations } from "next-intl";
import type { StatementView } from "@/features/meetings/queries";
import { localStateName } from "@/lib/domain/state-names";

export function StatementCard({ statement, context }: { statement: StatementView; context?: React.ReactNode }) {
  const t = useTranslations("meetings.statement");
  const locale = useLocale();
  return (
    <article id={`statement-${statement.id}`} className="border-l-2 border-slate-300 pl-3" data-statement={statement.id}>
      <h4 className="font-medium">
        {statement.speakers.map((speaker, i) => (
          <span key={speaker.id}>
            {i === 0 ? "" : i === statement.speakers.length - 1 ? ` ${t("and")} ` : ", "}
            <Link href={speaker.href} className="text-sky-900 underline underline-offset-2">
              {speaker.stateIso3 ? localStateName(speaker.stateIso3, speaker.name, locale) : speaker.name}
            </Link>
          </span>
        ))}
        {context ? <span className="font-normal text-slate-600"> · {context}</span> : null}
      </h4>
      <p className="text-sm" lang={statement.language}>
        {statement.summary}
      </p>
      {statement.quotes.length > 0 ? (
        <ul className="mt-1 space-y-1">
          {statement.quotes.map((q) => (
            <li key={q.id}>
              <blockquote className="border-l-4 border-sky-200 bg-sky-50 px-2 py-1 text-sm italic" lang={statement.language}>
                “{q.text}”
              </blockquote>
            </li>
          ))}
        </ul>
      ) : null}
      {statement.concerns.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600">
          {t("concerns")}{" "}
          {statement.concerns.map((c, i) => (
            <span key={c.iso3}>
              {i > 0 ? ", " : ""}
              <Link href={`/states/${c.iso3}`} className="underline">
                {localStateName(c.iso3, c.name, locale)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {statement.pledges.length > 0 ? (
        <ul className="mt-1 text-sm">
          {statement.pledges.map((p) => (
            <li key={p.makers[0].pledgeId} data-statement-pledge={p.makers.map((m) => m.pledgeId).join(" ")}>
              <span className="font-medium">{t("pledge")}</span>{" "}
              <Link href={`/pledges/${p.makers[0].pledgeId}`} className="underline">
                {p.text}
              </Link>
              {p.dueText ? (
                <span className="text-slate-600">
                  {" "}
                  {t.rich("due", { due: () => <FuzzyDateText text={p.dueText} earliest={p.dueEarliest} latest={p.dueLatest} /> })}
                </span>
              ) : null}
              {statement.speakers.length > 1 || p.makers.length > 1 ? (
                <span className="text-slate-600">
                  {" — "}
                  {t.rich(p.makers.length > 1 ? "madeJointlyBy" : "madeBy", {
                    names: () =>
                      p.makers.map((m, i) => (
                        <span key={m.pledgeId}>
                          {i === 0 ? "" : i === p.makers.length - 1 ? ` ${t("and")} ` : ", "}
                          <Link href={`/pledges/${m.pledgeId}`} className="underline underline-offset-2">
                            {m.actor.stateIso3 ? localStateName(m.actor.stateIso3, m.actor.name, locale) : m.actor.name}
                          </Link>
                        </span>
                      )),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
