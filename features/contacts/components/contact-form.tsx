"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CONTACT_CHANNELS, CONTACT_LEVELS, CONTACT_OUTCOMES, DECONFLICTION_DAYS, SENSITIVITIES } from "@/lib/domain/contacts";
import { Field, inputClass, SubmitButton } from "@/platform/forms/field";
import { FormMessage } from "@/platform/forms/form-message";
import { useFormAction } from "@/platform/forms/use-form-action";
import { ActorOptions } from "@/platform/forms/actor-options";
import { PledgePicker, type PledgeOption } from "./pledge-picker";
import { LOCALES } from "@/lib/domain/locale";

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
  /** The language the summary is written in; a new contact starts with the writer's. */
  language?: string;
  fulfils: string[];
  followsUp: string[];
}

interface Option {
  id: string;
  name: string;
}

/** The two pledge links, each with its own picker. */
const PLEDGE_PICKERS = [
  { field: "fulfils", id: "contact-fulfils", search: "searchFulfils" },
  { field: "followsUp", id: "contact-follows-up", search: "searchFollowsUp" },
] as const;

const codesIn = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

export function ContactForm({
  initial,
  actors,
  states,
  users,
  linkedPledges,
  today,
  returnTo,
}: {
  initial: ContactFormValues;
  actors: (Option & { kind: string })[];
  states: { iso3: string; name: string }[];
  users: Option[];
  /** The labels of the pledges the contact is linked to (none for a new one); others are searched for. */
  linkedPledges: PledgeOption[];
  today: string;
  /** Where to go back to after saving, e.g. the state page the user came from. */
  returnTo?: { href: string; label: string };
}) {
  const t = useTranslations("contacts.form");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const editing = Boolean(initial.id);
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(editing ? "updateContact" : "createContact");
  const v = (name: keyof ContactFormValues) => valueOf(name, String(initial[name] ?? ""));
  const many = (name: "fulfils" | "followsUp") => {
    const typed = valueOf(name, "\u0000");
    return typed === "\u0000" ? initial[name] : typed.split("\n").filter(Boolean);
  };
  const stateNames = new Map(states.map((s) => [s.iso3, s.name]));
  const [targetsText, setTargetsText] = useState<string | null>(null);
  const [actorId, setActorId] = useState<string | null>(null);
  // Labels of the pledges linked or chosen so far: the form shown again after a failure still names them.
  const [pledgeLabels, setPledgeLabels] = useState(() => new Map(linkedPledges.map((p) => [p.id, p.label])));
  const formRef = useRef<HTMLFormElement>(null);
  // A date typed before the page's script had started sent no change event: look at it once the form is live.
  useEffect(() => markPlannedIfLater(formRef.current, today), [formKey, today]);
  const shownTargets = codesIn(targetsText ?? v("targets"));
  const confirm = state.status === "done" && !state.ok && state.code === "confirm" ? state : null;
  const created = state.status === "done" && state.ok && !editing;

  return (
    <form
      ref={formRef}
      action={formAction}
      key={formKey}
      className="max-w-3xl space-y-5"
      aria-label={editing ? t("editLabel") : t("logLabel")}
      noValidate
      onSubmit={() => {
        setTargetsText(null);
        setActorId(null);
      }}
    >
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version ?? 1)} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contact-targets" label={t("targets")} error={errorOf("targets")} hint={t("targetsHint")}>
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
              <span className="font-medium">{t("targetsShown")} </span>
              {shownTargets.map((code) => stateNames.get(code) ?? t("unknownCode", { code })).join(", ")}
            </>
          ) : null}
        </div>
        <Field id="contact-date" label={t("date")} error={errorOf("date")}>
          {(p) => (
            <input
              {...p}
              name="date"
              type="date"
              defaultValue={v("date")}
              className={inputClass}
              onChange={(e) => markPlannedIfLater(e.currentTarget.form, today)}
            />
          )}
        </Field>
        <fieldset>
          <legend className="block text-sm font-medium">{t("status")}</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(["DONE", "PLANNED"] as const).map((s) => (
              <label key={s} className="flex items-center gap-1.5">
                <input type="radio" name="status" value={s} defaultChecked={v("status") === s} className="h-4 w-4" />
                {labels(`contactStatus.${s}`)}
              </label>
            ))}
          </div>
          {errorOf("status") ? <p className="mt-1 text-sm font-medium text-red-800">{errorOf("status")}</p> : null}
        </fieldset>
        <Field id="contact-actor" label={t("actor")} error={errorOf("actorId")}>
          {(p) => (
            <select {...p} name="actorId" defaultValue={v("actorId")} onChange={(e) => setActorId(e.target.value)} className={inputClass}>
              <option value="">{t("chooseActor")}</option>
              <ActorOptions actors={actors} />
            </select>
          )}
        </Field>
        <Field id="contact-channel" label={t("channel")} error={errorOf("channel")}>
          {(p) => (
            <select {...p} name="channel" defaultValue={v("channel")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {labels(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field id="contact-summary" label={t("summary")} error={errorOf("summary")} hint={t("summaryHint")}>
            {(p) => <textarea {...p} name="summary" rows={3} defaultValue={v("summary")} lang={initial.language || locale} className={inputClass} />}
          </Field>
        </div>
        <Field id="contact-language" label={t("summaryLanguage")} error={errorOf("language")}>
          {(p) => (
            <select {...p} name="language" defaultValue={valueOf("language", initial.language || locale)} className={inputClass}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {labels(`language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-outcome" label={t("outcome")} error={errorOf("outcome")} hint={t("outcomeHint")}>
          {(p) => (
            <select {...p} name="outcome" defaultValue={v("outcome")} className={inputClass}>
              <option value="">{t("notRecorded")}</option>
              {CONTACT_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {labels(`outcome.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-level" label={t("level")} error={errorOf("level")}>
          {(p) => (
            <select {...p} name="level" defaultValue={v("level")} className={inputClass}>
              <option value="">{t("notRecorded")}</option>
              {CONTACT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {labels(`level.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="contact-place" label={t("place")} error={errorOf("place")}>
          {(p) => <input {...p} name="place" defaultValue={v("place")} className={inputClass} placeholder={t("placePlaceholder")} />}
        </Field>
      </div>

      <fieldset className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold">{t("nextStep")}</legend>
        <div className="sm:col-span-3">
          <Field id="contact-next-step" label={t("whatNext")} error={errorOf("nextStep")}>
            {(p) => <input {...p} name="nextStep" defaultValue={v("nextStep")} className={inputClass} />}
          </Field>
        </div>
        <Field id="contact-next-due" label={t("due")} error={errorOf("nextStepDue")}>
          {(p) => <input {...p} name="nextStepDue" type="date" defaultValue={v("nextStepDue")} className={inputClass} />}
        </Field>
        <Field id="contact-next-owner" label={t("owner")} error={errorOf("nextStepOwnerId")}>
          {(p) => (
            <select {...p} name="nextStepOwnerId" defaultValue={v("nextStepOwnerId")} className={inputClass}>
              <option value="">{t("nobody")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {editing ? (
          <label className="flex items-center gap-2 self-end pb-1.5 text-sm">
            <input
              type="checkbox"
              name="nextStepDone"
              value="1"
              defaultChecked={valueOf("nextStepDone", initial.nextStepDone ? "1" : "") === "1"}
              className="h-4 w-4"
            />
            {t("nextStepDone")}
          </label>
        ) : null}
      </fieldset>

      <fieldset className="grid gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">{t("pledgesAndVisibility")}</legend>
        {PLEDGE_PICKERS.map(({ field, id, search }) => (
          <PledgePicker
            key={field}
            id={id}
            name={field}
            legend={t(field)}
            searchLabel={t(`pledgePicker.${search}`)}
            error={errorOf(field)}
            linked={many(field).map((pledgeId) => ({ id: pledgeId, label: pledgeLabels.get(pledgeId) ?? pledgeId }))}
            targets={shownTargets}
            actorId={actorId ?? v("actorId")}
            onChoose={(p) => setPledgeLabels((known) => (known.get(p.id) === p.label ? known : new Map(known).set(p.id, p.label)))}
          />
        ))}
        <fieldset>
          <legend className="block text-sm font-medium">{t("visibleTo")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {SENSITIVITIES.map((s) => (
              <label key={s} className="flex items-center gap-1.5">
                <input type="radio" name="sensitivity" value={s} defaultChecked={v("sensitivity") === s} className="h-4 w-4" />
                {labels(`sensitivity.${s}`)}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-600">{t("restrictedHint")}</p>
        </fieldset>
      </fieldset>

      {confirm ? (
        <div
          role="alert"
          className="rounded border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          data-testid="deconfliction-warning"
        >
          <p className="font-semibold">{t("overlapTitle", { days: DECONFLICTION_DAYS })}</p>
          <p className="mt-1">{confirm.message}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {(confirm.related ?? []).map((r) => (
              <li key={r.href}>
                <Link href={r.href} className="underline underline-offset-2" target="_blank">
                  {r.label}
                  <span className="sr-only"> {t("newTab")}</span>
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
          {returnTo ? (
            <Link href={returnTo.href} className="font-medium underline underline-offset-2">
              {t("backTo", { name: returnTo.label })}
            </Link>
          ) : null}
          <Link href="/contacts" className="underline underline-offset-2">
            {t("seeLog")}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>{confirm ? t("saveAnyway") : editing ? t("save") : t("log")}</SubmitButton>
        {confirm ? <span className="text-sm text-slate-700">{t("orChange")}</span> : null}
      </div>
    </form>
  );
}

/** A date after today can only be a plan. */
function markPlannedIfLater(form: HTMLFormElement | null, today: string) {
  const date = form?.querySelector<HTMLInputElement>('input[name="date"]');
  const planned = form?.querySelector<HTMLInputElement>('input[name="status"][value="PLANNED"]');
  if (date && planned && date.value > today) planned.checked = true;
}
