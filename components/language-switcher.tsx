"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setOwnLocaleAction } from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";
import { LOCALE_NAME, LOCALES } from "@/lib/domain/locale";

/** Three buttons, each named in its own language, so a reader who cannot read the current one still finds theirs. */
export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useTranslations("common");
  const [state, action, pending] = useActionState(setOwnLocaleAction, IDLE);
  return (
    <form action={action} aria-label={t("languageSwitcher")} className="flex items-center gap-1">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          disabled={pending}
          aria-pressed={option === locale}
          className="rounded px-1.5 py-0.5 text-xs uppercase aria-pressed:bg-white aria-pressed:text-slate-900 hover:bg-slate-700 aria-pressed:hover:bg-white"
        >
          <span aria-hidden="true">{option}</span>
          <span className="sr-only">{LOCALE_NAME[option]}</span>
        </button>
      ))}
      {state.status === "done" && !state.ok ? (
        <span role="alert" className="text-xs text-red-200">
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
        <a key={option} href={`${path}${path.includes("?") ? "&" : "?"}lang=${option}`} lang={option} hrefLang={option} aria-current={option === locale ? "true" : undefined} className="underline-offset-2 hover:underline aria-[current]:font-semibold aria-[current]:no-underline">
          {LOCALE_NAME[option]}
        </a>
      ))}
    </nav>
  );
}
