"use client";

import "./globals.css";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <h1 className="mb-2 text-xl font-semibold">Something went wrong</h1>
        <p className="mb-4">
          The page could not be shown: the service may be temporarily unavailable. Nothing you saved has been lost, and
          nothing has been changed. Try again in a moment.
        </p>
        <button type="button" onClick={reset} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
          Try again
        </button>
      </body>
    </html>
  );
}
