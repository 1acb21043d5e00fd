"use client";

import { createPledgeAction, updatePledgeAction } from "@/lib/actions/pledges";
import { PLEDGE_KINDS, PLEDGE_KIND_LABEL, TREATY_ACTIONS, TREATY_ACTION_LABEL } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";
import { Field, inputClass, SubmitButton } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { ActorOptions } from "@/components/forms/actor-options";

export interface PledgeFormValues {
  id?: string;
  version?: number;
  actorId: string;
  text: string;
  kind: string;
  treatyAction: string;
  targetRegion: string;
  targets: string;
  due: string;
  reviewOn: string;
  meetingId: string;
  statementId: string;
}

interface Option {
  id: string;
  name: string;
}

export function PledgeForm({
  initial,
  actors,
  meetings,
}: {
  initial: PledgeFormValues;
  actors: (Option & { kind: string })[];
  meetings: (Option & { startDate: string })[];
}) {
  const editing = Boolean(initial.id);
  const { state, formAction, pending, formKey, valueOf, errorOf, versionOf } = useFormAction(editing ? updatePledgeAction : createPledgeAction);
  const v = (name: keyof PledgeFormValues) => valueOf(name, String(initial[name] ?? ""));
  return (
    <form action={formAction} key={formKey} className="max-w-3xl space-y-4" aria-label={editing ? "Edit pledge" : "Record a pledge"} noValidate>
      {editing ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={versionOf(initial.version ?? 1)} />
        </>
      ) : null}
      <input type="hidden" name="statementId" value={initial.statementId} />
      <Field id="pledge-actor" label="Who pledged" error={errorOf("actorId")}>
        {(p) => (
          <select {...p} name="actorId" defaultValue={v("actorId")} className={inputClass}>
            <option value="">Choose a state or organisation…</option>
            <ActorOptions actors={actors} />
          </select>
        )}
      </Field>
      <Field id="pledge-text" label="What was promised" error={errorOf("text")}>
        {(p) => <textarea {...p} name="text" rows={3} defaultValue={v("text")} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="pledge-kind" label="Kind" error={errorOf("kind")}>
          {(p) => (
            <select {...p} name="kind" defaultValue={v("kind")} className={inputClass}>
              <option value="">Choose…</option>
              {PLEDGE_KINDS.map((k) => (
                <option key={k} value={k}>{PLEDGE_KIND_LABEL[k]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-treaty-action" label="Treaty action (for treaty-action pledges)" error={errorOf("treatyAction")}>
          {(p) => (
            <select {...p} name="treatyAction" defaultValue={v("treatyAction")} className={inputClass}>
              <option value="">—</option>
              {TREATY_ACTIONS.map((a) => (
                <option key={a} value={a}>{TREATY_ACTION_LABEL[a]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-due" label="Due" error={errorOf("due")} hint="As said: 22–23 May 2013, June, Q3 2013, mid-2013, this spring, very soon.">
          {(p) => <input {...p} name="due" defaultValue={v("due")} className={inputClass} />}
        </Field>
        <Field id="pledge-review" label="Review on (for “very soon”)" error={errorOf("reviewOn")}>
          {(p) => <input {...p} name="reviewOn" type="date" defaultValue={v("reviewOn")} className={inputClass} />}
        </Field>
        <Field id="pledge-targets" label="Target states" error={errorOf("targets")} hint="Three-letter codes separated by commas, e.g. GEO, AZE.">
          {(p) => <input {...p} name="targets" defaultValue={v("targets")} className={inputClass} />}
        </Field>
        <Field id="pledge-region" label="Target region" error={errorOf("targetRegion")}>
          {(p) => (
            <select {...p} name="targetRegion" defaultValue={v("targetRegion")} className={inputClass}>
              <option value="">—</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>{r}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pledge-meeting" label="Made at" error={errorOf("meetingId")}>
          {(p) => (
            <select {...p} name="meetingId" defaultValue={v("meetingId")} className={inputClass}>
              <option value="">No meeting</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>{m.name} ({m.startDate.slice(0, 4)})</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{editing ? "Save pledge" : "Record pledge"}</SubmitButton>
    </form>
  );
}
