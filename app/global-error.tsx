"use client";

import "./globals.css";
import en from "@/messages/en/errors.json";
import es from "@/messages/es/errors.json";
import fr from "@/messages/fr/errors.json";
import { LOCALES } from "@/lib/domain/locale";

// This replaces the root layout, message provider included, when the layout itself fails: the reader's language
// may be what failed to load, so the message is given in all three languages, straight from the catalogs.
const GLOBAL = { en: en.global, fr: fr.global, es: es.global };

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        {LOCALES.map((locale, i) => (
          <section key={locale} lang={locale} className="mb-6 max-w-2xl">
            {i === 0 ? (
              <h1 className="mb-2 text-xl font-semibold">{GLOBAL[locale].title}</h1>
            ) : (
              <h2 className="mb-2 text-xl font-semibold">{GLOBAL[locale].title}</h2>
            )}
            <p>{GLOBAL[locale].text}</p>
          </section>
        ))}
        <button type="button" onClick={reset} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
          {LOCALES.map((locale, i) => (
            <span key={locale} lang={locale}>
              {i > 0 ? " · " : null}
              {GLOBAL[locale].retry}
            </span>
          ))}
        </button>
      </body>
    </html>
  );
}
