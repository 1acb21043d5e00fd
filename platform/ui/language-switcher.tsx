"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/platform/forms/use-form-action";
import { LOCALE_NAME, LOCALES } from "@/lib/domain/locale";

const BUTTON = {
  header: "rounded px-1.5 py-0.5 text-xs uppercase aria-pressed:bg-white aria-pressed:text-slate-900 hover:bg-slate-700 aria-pressed:hover:bg-white",
  page: "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white aria-pressed:hover:bg-slate-900 disabled:opacity-60",
};

/**
 * Three buttons, each named in its own language, so a reader who cannot read the current one still finds theirs.
 * The header shows the codes; a page (the account page) has room for the names.
 */
export function LanguageSwitcher({ variant = "header" }: { variant?: "header" | "page" }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const { state, formAction: action, pending } = useFormAction("setOwnLocale");
  const page = variant === "page";
  const failed = state.status === "done" && !state.ok;
  return (
    <form
      action={action}
      aria-label={page ? t("language") : t("languageSwitcher")}
      className={page ? "flex flex-wrap items-center gap-2" : "flex items-center gap-1"}
    >
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          disabled={pending}
          aria-pressed={option === locale}
          className={BUTTON[variant]}
        >
          {page ? (
            LOCALE_NAME[option]
          ) : (
            <>
              <span aria-hidden="true">{option}</span>
              <span className="sr-only">{LOCALE_NAME[option]}</span>
            </>
          )}
        </button>
      ))}
      {failed ? (
        <span role="alert" className={page ? "text-sm text-red-800" : "text-xs text-red-200"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

/** Before signing in there is no account to keep the choice: it is kept in this browser (see proxy.ts). */
export function SignInLanguageLinks({ path }: { path: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  return (
    <nav aria-label={t("languageSwitcher")} className="flex justify-center gap-3 text-sm">
      {LOCALES.map((option) => (
        <a
          key={option}
          href={`${path}${path.includes("?") ? "&" : "?"}lang=${option}`}
          lang={option}
          hrefLang={option}
          aria-current={option === locale || undefined}
          className="underline-offset-2 hover:underline aria-[current]:font-semibold aria-[current]:no-underline"
        >
          {LOCALE_NAME[option]}
        </a>
      ))}
    </nav>
  );
}
