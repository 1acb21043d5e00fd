"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { PLEDGE_STATUSES, type PledgeStatus } from "@/lib/domain/pledges";
import type { PledgeView } from "@/features/pledges/queries";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { FuzzyDateText } from "@/platform/ui/fuzzy-date-text";
import { PledgeStatusBadge } from "./pledge-status-badge";
import { ScrollRegion } from "@/platform/ui/scroll-region";

const boardHeadingId = (status: string) => `board-${status}`;

function PledgeRow({ pledge, selectable }: { pledge: PledgeView; selectable: boolean }) {
  const t = useTranslations("pledges.board");
  const labels = useTranslations("labels");
  return (
    <tr data-pledge={pledge.id} className="align-top">
      {selectable ? (
        <td>
          <input
            type="checkbox"
            name="pledges"
            value={`${pledge.id}:${pledge.version}`}
            aria-label={t("select", { who: pledge.actor.name, pledge: pledge.text })}
            className="h-4 w-4"
          />
        </td>
      ) : null}
      <td className="whitespace-nowrap">
        <FuzzyDateText text={pledge.dueText} earliest={pledge.dueEarliest} latest={pledge.dueLatest} />
      </td>
      <th scope="row">
        <Link href={pledge.actor.href}>{pledge.actor.name}</Link>
      </th>
      <td>
        <Link href={`/pledges/${pledge.id}`} className="underline-offset-2 hover:underline">
          {pledge.text}
        </Link>
        {pledge.targets.length > 0 ? (
          <span className="block text-xs text-slate-600">{t("targets", { names: pledge.targets.map((s) => s.name).join(", ") })}</span>
        ) : null}
        {pledge.evidence ? <span className="block text-xs text-slate-600">{t("evidence", { evidence: pledge.evidence })}</span> : null}
      </td>
      <td className="text-xs">{labels(`pledgeKind.${pledge.kind}`)}</td>
      <td className="text-xs">
        {pledge.meeting ? (
          <Link href={`/meetings/${pledge.meeting.id}`} className="underline">
            {pledge.meeting.name}
          </Link>
        ) : (
          "—"
        )}
      </td>
      <td>
        <PledgeStatusBadge status={pledge.status} overdue={pledge.overdue} />
      </td>
    </tr>
  );
}

export function PledgeBoard({ pledges, canEdit, today }: { pledges: PledgeView[]; canEdit: boolean; today: string }) {
  const { state, formAction, pending, formKey, errorOf, valueOf } = useFormAction("bulkPledgeStatus");
  const t = useTranslations("pledges.board");
  const labels = useTranslations("labels");
  const groups = PLEDGE_STATUSES.map((status) => ({ status, items: pledges.filter((p) => p.status === status) })).filter((g) => g.items.length > 0);
  const board = (
    <>
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={boardHeadingId(group.status)} className="mb-6">
          <h2 id={boardHeadingId(group.status)} className="mb-2 text-lg font-semibold">
            {labels(`pledgeStatus.${group.status as PledgeStatus}`)}{" "}
            <span className="text-sm font-normal text-slate-600">({group.items.length})</span>
          </h2>
          <ScrollRegion labelledBy={boardHeadingId(group.status)} className="rounded border border-slate-200 bg-white">
            <table className="data-table">
              <thead>
                <tr>
                  {canEdit ? (
                    <th scope="col">
                      <span className="sr-only">{t("selectColumn")}</span>
                    </th>
                  ) : null}
                  <th scope="col">{t("col.due")}</th>
                  <th scope="col">{t("col.who")}</th>
                  <th scope="col">{t("col.pledge")}</th>
                  <th scope="col">{t("col.kind")}</th>
                  <th scope="col">{t("col.madeAt")}</th>
                  <th scope="col">{t("col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((p) => (
                  <PledgeRow key={p.id} pledge={p} selectable={canEdit} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
    </>
  );
  if (!canEdit) return board;
  return (
    <form action={formAction} key={formKey} aria-label={t("bulkLabel")} noValidate>
      {board}
      <fieldset className="no-print sticky bottom-0 grid gap-3 rounded border border-slate-300 bg-white p-4 shadow sm:grid-cols-4">
        <legend className="px-1 text-sm font-semibold">{t("bulkLegend")}</legend>
        <Field id="bulk-status" label={t("newStatus")} error={errorOf("status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={valueOf("status", "KEPT")} className={inputClass}>
              {PLEDGE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels(`pledgeStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field id="bulk-evidence" label={t("evidenceLabel")} error={errorOf("evidence") ?? errorOf("pledges")}>
            {(p) => <input {...p} name="evidence" defaultValue={valueOf("evidence", "")} className={inputClass} />}
          </Field>
        </div>
        <input type="hidden" name="closedOn" value={today} />
        <div className="flex items-end">
          <SubmitButton pending={pending}>{t("apply")}</SubmitButton>
        </div>
        <div className="sm:col-span-4">
          <FormMessage state={state} />
        </div>
      </fieldset>
    </form>
  );
}
