import { useTranslations } from "next-intl";
import type { NoteView } from "@/features/treaty-status/queries/state-detail";
import { LongDate } from "@/platform/ui/long-date";
import { NoteForm } from "./note-form";

export function NotesSection({ iso3, notes, canAdd, today }: { iso3: string; notes: NoteView[]; canAdd: boolean; today: string }) {
  const t = useTranslations("state");
  return (
    <section aria-labelledby="notes-heading" className="mb-6 rounded border border-slate-200 bg-white p-5">
      <h2 id="notes-heading" className="mb-3 text-lg font-semibold">
        {t("notes.heading")}
      </h2>
      {notes.length === 0 ? <p className="mb-3 text-sm text-slate-600">{t("notes.empty")}</p> : null}
      <ul className="mb-4 space-y-3">
        {notes.map((note) => (
          <li key={note.id} className="text-sm">
            <p lang={note.language} className="whitespace-pre-line">
              {note.body}
            </p>
            <p className="text-xs text-slate-600">
              <LongDate value={note.notedOn} /> · {note.author ?? t("imported")}
              {note.source ? t("notes.source", { source: note.source }) : null}
            </p>
          </li>
        ))}
      </ul>
      {canAdd ? (
        <details>
          <summary className="cursor-pointer text-sm text-sky-900 underline underline-offset-2">{t("notes.add")}</summary>
          <div className="mt-3">
            <NoteForm iso3={iso3} today={today} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
