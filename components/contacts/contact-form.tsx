"use client";

import Link from "next/link";
import { useState } from "react";
import { createContactAction, updateContactAction } from "@/lib/actions/contacts";
import {
  CONTACT_CHANNEL_LABEL,
  CONTACT_CHANNELS,
  CONTACT_LEVEL_LABEL,
  CONTACT_LEVELS,
  CONTACT_OUTCOME_LABEL,
  CONTACT_OUTCOMES,
  DECONFLICTION_DAYS,
  SENSITIVITIES,
  SENSITIVITY_LABEL,
} from "@/lib/domain/contacts";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { ActorOptions } from "@/components/forms/actor-options";

export interface ContactFormValues {
  id?: string;
  version?: number;
  date: string;
  status: string;
  actorId: string;
  targets: string;
  channel: string;
  level: string;
  place: string;
  summary: string;
  outcome: string;
  nextStep: string;
  nextStepDue: string;
  nextStepOwnerId: string;
  nextStepDone: boolean;
  sensitivity: string;
  fulfils: string[];
  followsUp: string[];
}

interface Option {
  id: string;
  name: string;
}

const codesIn = (text: string) => text.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);

export function ContactForm({
  initial,
  actors,
  states,
  users,
  pledges,
  today,
  returnTo,
}: {
  initial: ContactFormValues;
  actors: (Option & { kind: string })[];
  states: { iso3: string; name: string }[];
  users: Option[];
  pledges: { id: string; label: string }[];
  today: string;
  /** Where to go back to after saving, e.g. the state page the user came from. */
  returnTo?: { href: string; label: string };
}) {
  const editing = Boolean(initial.id);
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(editing ? updateContactAction : createContactAction);
  const v = (name: keyof ContactFormValues) => valueOf(name, String(initial[name] ?? ""));
  const many = (name: "fulfils" | "followsUp") => {
    const typed = valueOf(name, "\u0000");
    return typed === "\u0000" ? initial[name] : typed.split("\n").filter(Boolean);
  };
  const stateNames = new Map(states.map((s) => [s.iso3, s.name]));
  const [targetsText, setTargetsText] = useState<string | null>(null);
  const shownTargets = codesIn(targetsText ?? v("targets"));
  const confirm = state.status === "done" && !state.ok && state.code === "confirm" ? state : null;
  const created = state.status === "done" && state.ok && !editing;

  return (
    <form
      action={formAction}
      key={formKey}
      className="max-w-3xl space-y-5"
      aria-label={editing ? "Edit contact" : "Log a contact"}
      noValidate
      onSubmit={() => setTargetsText(null)}
    >
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version ?? 1)} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contact-targets" label="Target states" error={errorOf("targets")} hint="Three-letter codes, separated by commas: GEO, ARM.">
          {(p) => (
            <input
              {...p}
              name="targets"
              defaultValue={v("targets")}
              onChange={(e) => setTargetsText(e.target.value)}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <div aria-live="polite" className="self-center text-sm text-slate-700" data-testid="target-names">
          {shownTargets.length > 0 ? (
            <>
              <span className="font-medium">Targets: </span>
              {shownTargets.map((code) => stateNames.get(code) ?? `${code} (unknown code)`).join(", ")}
            </>
          ) : null}
        </div>
        <Field id="contact-date" label="Date" error={errorOf("date")}>
          {(p) => (
            <input
              {...p}
              name="date"
              type="date"
              defaultValue={v("date")}
              className={inputClass}
              onChange={(e) => {
                // A date after today can only be a plan.
                const planned = e.currentTarget.form?.querySelector<HTMLInputElement>('input[name="status"][value="PLANNED"]');
                if (planned && e.currentTarget.value > today) planned.checked = true;
              }}
            />
          )}
        </Field>
        <fieldset>
          <legend className="block text-sm font-medium">Status</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(["DONE", "PLANNED"] as const).map((s) => (
              <label key={s} className="flex items-center gap-1.5">
                <input type="radio" name="status" value={s} defaultChecked={v("status") === s} className="h-4 w-4" />
                {s === "DONE" ? "Done" : "Planned"}
              </label>
            ))}
          </div>
          {errorOf("status") ? <p className="mt-1 text-sm font-medium text-red-800">{errorOf("status")}</p> : null}
        </fieldset>
        <Field id="contact-actor" label="Who reached out" error={errorOf("actorId")}>
          {(p) => (
            <select {...p} name="actorId" defaultValue={v("actorId")} className={inputClass}>
              <option value="">Choose a state or organisation…</option>
              <ActorOptions actors={actors} />
            </select>
          )}
        </Field>
        <Field id="contact-channel" label="Channel" error={errorOf("channel")}>
          {(p) => (
            <select {...p} name="channel" defaultValue={v("channel")} className={inputClass}>
              <option value="">Choose…</option>
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>{CONTACT_CHANNEL_LABEL[c]}</option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field id="contact-summary" label="Summary" error={errorOf("summary")} hint="What was said or asked, and what the state answered.">
            {(p) => <textarea {...p} name="summary" rows={3} defaultValue={v("summary")} className={inputClass} />}
          </Field>
        </div>
        <Field id="contact-outcome" label="Outcome" error={errorOf("outcome")} hint="Leave empty while the contact is planned.">
          {(p) => (
            <select {...p} name="outcome" defaultValue={v("outcome")} className={inputClass}>
              <option value="">Not recorded</option>
              {CONTACT_OUTCOMES.map((o) => (
                <option key={o} value={o}>{CONTACT_OUTCOME_LABEL[o]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-level" label="Level" error={errorOf("level")}>
          {(p) => (
            <select {...p} name="level" defaultValue={v("level")} className={inputClass}>
              <option value="">Not recorded</option>
              {CONTACT_LEVELS.map((l) => (
                <option key={l} value={l}>{CONTACT_LEVEL_LABEL[l]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-place" label="Place" error={errorOf("place")}>
          {(p) => <input {...p} name="place" defaultValue={v("place")} className={inputClass} placeholder="e.g. Geneva, in the margins of the intersessional" />}
        </Field>
      </div>

      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold">Next step</legend>
        <div className="sm:col-span-3">
          <Field id="contact-next-step" label="What happens next" error={errorOf("nextStep")}>
            {(p) => <input {...p} name="nextStep" defaultValue={v("nextStep")} className={inputClass} />}
          </Field>
        </div>
        <Field id="contact-next-due" label="Due" error={errorOf("nextStepDue")}>
          {(p) => <input {...p} name="nextStepDue" type="date" defaultValue={v("nextStepDue")} className={inputClass} />}
        </Field>
        <Field id="contact-next-owner" label="Owner" error={errorOf("nextStepOwnerId")}>
          {(p) => (
            <select {...p} name="nextStepOwnerId" defaultValue={v("nextStepOwnerId")} className={inputClass}>
              <option value="">Nobody yet</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </select>
          )}
        </Field>
        {editing ? (
          <label className="flex items-center gap-2 self-end pb-1.5 text-sm">
            <input type="checkbox" name="nextStepDone" value="1" defaultChecked={valueOf("nextStepDone", initial.nextStepDone ? "1" : "") === "1"} className="h-4 w-4" />
            Next step done
          </label>
        ) : null}
      </fieldset>

      <fieldset className="grid gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">Pledges and visibility</legend>
        <Field id="contact-fulfils" label="Pledges it fulfils" error={errorOf("fulfils")} hint="Ctrl or Cmd + click (or Shift + arrows) to choose several.">
          {(p) => (
            <select {...p} name="fulfils" multiple size={4} defaultValue={many("fulfils")} className={inputClass}>
              {pledges.map((pl) => (
                <option key={pl.id} value={pl.id}>{pl.label}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-follows-up" label="Pledges it follows up" error={errorOf("followsUp")}>
          {(p) => (
            <select {...p} name="followsUp" multiple size={4} defaultValue={many("followsUp")} className={inputClass}>
              {pledges.map((pl) => (
                <option key={pl.id} value={pl.id}>{pl.label}</option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend className="block text-sm font-medium">Visible to</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {SENSITIVITIES.map((s) => (
              <label key={s} className="flex items-center gap-1.5">
                <input type="radio" name="sensitivity" value={s} defaultChecked={v("sensitivity") === s} className="h-4 w-4" />
                {SENSITIVITY_LABEL[s]}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-600">Restricted contacts are seen only by coordinators and administrators, in every list and export.</p>
        </fieldset>
      </fieldset>

      {confirm ? (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="deconfliction-warning">
          <p className="font-semibold">Someone else is talking to this state within {DECONFLICTION_DAYS} days</p>
          <p className="mt-1">{confirm.message}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {(confirm.related ?? []).map((r) => (
              <li key={r.href}>
                <Link href={r.href} className="underline underline-offset-2" target="_blank">
                  {r.label}
                  <span className="sr-only"> (opens in a new tab)</span>
                </Link>
                {r.id ? <input type="hidden" name="confirmedOverlaps" value={r.id} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      {created ? (
        <p className="flex flex-wrap gap-x-4 text-sm">
          {returnTo ? <Link href={returnTo.href} className="font-medium underline underline-offset-2">Back to {returnTo.label}</Link> : null}
          <Link href="/contacts" className="underline underline-offset-2">See the contact log</Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>{confirm ? "Save anyway" : editing ? "Save contact" : "Log contact"}</SubmitButton>
        {confirm ? <span className="text-sm text-slate-700">or change the date or the targets above, then save.</span> : null}
      </div>
    </form>
  );
}
