import { getTranslations } from "next-intl/server";
import { SessionSettingsForm } from "@/features/users/components/session-settings-form";
import { StalledSettingForm } from "@/features/users/components/stalled-setting-form";
import { requireMayRun } from "@/platform/auth/require-role";
import { sessionPolicy, stalledAfterMonths } from "@/features/users/queries/settings";
import { updateStalledSetting } from "@/features/users/mutations/settings";
import { Article7CompleteForm } from "@/features/treaty-status/components/article7-complete-form";
import { article7RecordsCompleteFrom } from "@/features/treaty-status/queries/article7-settings";

export async function generateMetadata() {
  const t = await getTranslations("admin.settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  await requireMayRun(updateStalledSetting, "/admin/settings");
  const [months, policy, completeFrom] = await Promise.all([stalledAfterMonths(), sessionPolicy(), article7RecordsCompleteFrom()]);
  const t = await getTranslations("admin.settings");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="stalled-heading" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="stalled-heading" className="mb-1 text-lg font-semibold">
          {t("stalledHeading")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">{t("stalledText")}</p>
        <StalledSettingForm months={months} />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-6 rounded border border-slate-200 bg-white p-5">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
          {t("sessionsHeading")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">{t("sessionsText")}</p>
        <SessionSettingsForm policy={policy} />
      </section>
      <section aria-labelledby="article7-heading" className="mt-6 rounded border border-slate-200 bg-white p-5">
        <h2 id="article7-heading" className="mb-1 text-lg font-semibold">
          {t("article7Heading")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">{t("article7Text")}</p>
        <Article7CompleteForm completeFrom={completeFrom} />
      </section>
    </>
  );
}
