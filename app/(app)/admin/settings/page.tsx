import type { Metadata } from "next";
import { SessionSettingsForm } from "@/components/admin/session-settings-form";
import { StalledSettingForm } from "@/components/admin/stalled-setting-form";
import { requireMayRun } from "@/lib/auth/require-role";
import { sessionPolicy, stalledAfterMonths } from "@/lib/data/settings";
import { updateStalledSetting } from "@/lib/mutations/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireMayRun(updateStalledSetting, "/admin/settings");
  const [months, policy] = await Promise.all([stalledAfterMonths(), sessionPolicy()]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Settings</h1>
      <section aria-labelledby="stalled-heading" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="stalled-heading" className="mb-1 text-lg font-semibold">Stalled states</h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">
          A signatory, non-party or withdrawn state is flagged as stalled when no step, treaty change, note or contact has been
          recorded for it for this many months.
        </p>
        <StalledSettingForm months={months} />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-6 rounded border border-slate-200 bg-white p-5">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">Sessions</h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">
          A signed-in session ends a fixed time after sign-in, and earlier when it has not been used for a while; the user
          is then asked to sign in again. Changes apply to sessions already open, on their next page.
        </p>
        <SessionSettingsForm policy={policy} />
      </section>
    </>
  );
}
