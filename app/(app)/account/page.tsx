import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/features/users/components/change-password-form";
import { CalendarFeedForms, CreateApiTokenForm, RevokeApiTokenForm } from "@/features/users/components/token-forms";
import { LanguageSwitcher } from "@/platform/ui/language-switcher";
import { Timestamp } from "@/platform/ui/timestamp";
import { requireUser } from "@/platform/auth/session";
import { tokensOf } from "@/features/users/queries/tokens";
import { canSeeRestricted } from "@/lib/domain/contacts";
import { SignOutEverywhereForm } from "@/features/users/components/sign-out-everywhere-form";
import { LOCALE_TAG, type Locale } from "@/lib/domain/locale";
import { isRegionLimited } from "@/lib/domain/region-scope";
import { ScrollRegion } from "@/platform/ui/scroll-region";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const { apiTokens, calendar } = await tokensOf(user.id);
  const t = await getTranslations("account");
  const labels = await getTranslations("labels");
  const locale = (await getLocale()) as Locale;
  const regions = new Intl.ListFormat(LOCALE_TAG[locale], { type: "conjunction" }).format(user.writeRegions.map((r) => labels(`region.${r}`)));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">{t("name")}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-slate-600">{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-slate-600">{t("role")}</dt>
        <dd>{labels(`role.${user.role}`)}</dd>
        {isRegionLimited(user) ? (
          <>
            <dt className="font-medium text-slate-600">{t("mayChange")}</dt>
            <dd>{t("statesIn", { regions })}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="language-heading" className="mb-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="language-heading" className="mb-1 text-lg font-semibold">
          {t("language.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("language.text")}</p>
        <LanguageSwitcher variant="page" />
      </section>
      <section aria-labelledby="password-heading" className="max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          {t("password.heading")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="calendar-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="calendar-heading" className="mb-2 text-lg font-semibold">
          {t("calendar.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {t("calendar.text")}
          {canSeeRestricted(user.role) ? ` ${t("calendar.restricted")}` : null}
        </p>
        <p className="mb-3 text-sm" data-calendar-status>
          {calendar
            ? calendar.invalid
              ? t("calendar.invalid")
              : t.rich("calendar.active", {
                  since: () => <Timestamp value={calendar.createdAt} />,
                  read: () => <Timestamp value={calendar.lastUsedAt} empty={t("calendar.never")} />,
                })
            : t("calendar.none")}
        </p>
        <CalendarFeedForms active={Boolean(calendar)} />
      </section>
      <section aria-labelledby="api-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="api-heading" className="mb-2 text-lg font-semibold">
          {t("api.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {t.rich("api.text", {
            link: (chunks) => (
              <a className="underline" href="/api/v1/openapi.json">
                {chunks}
              </a>
            ),
          })}
        </p>
        {apiTokens.length > 0 ? (
          <ScrollRegion labelledBy="api-tokens-caption" className="mb-4">
            <table className="min-w-full text-sm">
              <caption id="api-tokens-caption" className="sr-only">
                {t("api.caption")}
              </caption>
              <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("api.name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("api.token")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("api.created")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("api.lastUsed")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("api.action")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {apiTokens.map((token) => (
                  <tr key={token.id} className="border-t border-slate-200" data-api-token={token.name}>
                    <td className="px-3 py-2 font-medium">{token.name}</td>
                    <td className="px-3 py-2 font-mono text-xs">{token.prefix}</td>
                    <td className="px-3 py-2">
                      <Timestamp value={token.createdAt} />
                    </td>
                    <td className="px-3 py-2">
                      <Timestamp value={token.lastUsedAt} empty={t("api.never")} />
                    </td>
                    <td className="px-3 py-2">
                      {token.revokedAt ? (
                        <span className="text-slate-600">{t.rich("api.revoked", { when: () => <Timestamp value={token.revokedAt} /> })}</span>
                      ) : token.invalid ? (
                        <span className="text-slate-600">{t("api.invalid")}</span>
                      ) : (
                        <RevokeApiTokenForm id={token.id} name={token.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ) : (
          <p className="mb-3 text-sm text-slate-600">{t("api.none")}</p>
        )}
        <CreateApiTokenForm />
      </section>
      <section aria-labelledby="everywhere-heading" className="mt-6 max-w-3xl rounded border border-slate-200 bg-white p-5">
        <h2 id="everywhere-heading" className="mb-1 text-lg font-semibold">
          {t("everywhere.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("everywhere.text")}</p>
        <SignOutEverywhereForm />
      </section>
    </>
  );
}
