import { useLocale, useTranslations } from "next-intl";
import { describeFieldChanges } from "@/lib/domain/history";
import { changeValue } from "./change-value";

/** What an audited change changed, field by field: "before → after", or what was set when nothing was before. */
export function ChangeList({ before, after, className = "" }: { before: unknown; after: unknown; className?: string }) {
  const t = useTranslations("dashboard");
  const fields = useTranslations("state");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const labelText = { has: (key: string) => labels.has(key as never), text: (key: string) => labels(key as never) };
  const yesNo = (value: boolean) => (value ? fields("value.yes") : fields("value.no"));
  const changes = describeFieldChanges(before, after);
  const fieldName = (key: string, fallback: string) => {
    const field = `field.${key}` as "field.source";
    return fields.has(field) ? fields(field) : fallback;
  };
  if (changes.length === 0) return null;
  return (
    <dl className={`changes ${className}`}>
      {changes.map((c) => (
        <div key={c.key}>
          <dt>{fieldName(c.key, c.field)}</dt>
          <dd>
            {before ? (
              <>
                <del>{changeValue(c.key, c.was, c.before, labelText, yesNo, locale)}</del> <span aria-hidden="true">→</span>
                <span className="sr-only">{t("changedTo")}</span>{" "}
              </>
            ) : null}
            <ins>{changeValue(c.key, c.is, c.after, labelText, yesNo, locale)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
