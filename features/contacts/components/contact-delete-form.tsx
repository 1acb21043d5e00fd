"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";

/** Delete (soft: an administrator can restore) or, for a deleted contact, restore. */
export function ContactDeleteForm({ id, version, restore = false }: { id: string; version: number; restore?: boolean }) {
  const { state, formAction, pending, versionOf } = useFormAction(restore ? "restoreContact" : "deleteContact");
  const router = useRouter();
  const t = useTranslations("contacts.delete");
  const deleted = !restore && state.status === "done" && state.ok;
  useEffect(() => {
    // The contact leaves the log; the list says what happened.
    if (deleted) router.replace("/contacts?notice=deleted");
  }, [deleted, router]);
  return (
    <form action={formAction} className="space-y-2" aria-label={restore ? t("restoreLabel") : t("deleteLabel")}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={versionOf(version)} />
      <button
        type="submit"
        disabled={pending}
        className={
          restore
            ? "rounded bg-slate-900 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
            : "rounded border border-red-800 px-3.5 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
        }
      >
        {pending ? t("working") : restore ? t("restore") : t("delete")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
