import { useTranslations } from "next-intl";

const URL_PATTERN = /(https?:\/\/[^\s|]+)/;

/** Source notes mix prose and links; links become clickable, the prose stays as written. */
export function SourceNote({ text }: { text: string }) {
  const t = useTranslations("dashboard");
  if (!text) return <p className="text-slate-500">{t("noSource")}</p>;
  // Splitting on a capturing group puts the links at the odd positions.
  const parts = text.split(URL_PATTERN);
  return (
    <p className="break-words text-sm text-slate-700">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-sky-900 underline" rel="noreferrer noopener" target="_blank">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
