import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactFilters } from "@/features/contacts/components/contact-filters";
import { ContactTable } from "@/features/contacts/components/contact-table";
import { requireUser } from "@/platform/auth/session";
import { cachedActors, cachedContactList, cachedStateOptions } from "@/platform/cache/reads";
import { localActors, localStates } from "@/lib/domain/contact-names";
import { contactFilterParams, parseContactFilter, type ContactFilterIssue, type SearchParams } from "@/lib/domain/contact-filter";
import { todayIso } from "@/lib/domain/dates";
import { createContact } from "@/features/contacts/mutations";

export async function generateMetadata() {
  const t = await getTranslations("contacts.list");
  return { title: t("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/contacts");
  const params = await searchParams;
  const today = todayIso();
  const { filter, issues } = parseContactFilter(params);
  const [t, locale] = await Promise.all([getTranslations("contacts.list"), getLocale()]);
  const problemText = (issue: ContactFilterIssue) =>
    issue.kind === "notADate" ? t(issue.field === "from" ? "notADateFrom" : "notADateTo", { value: issue.value }) : t("fromAfterTo");
  const isAdmin = user.role === "ADMIN";
  if (!isAdmin) filter.deleted = undefined;
  const page = Number.parseInt(String(params.page ?? ""), 10) || 1;
  const [list, allActors, allStates] = await Promise.all([cachedContactList(filter, user, { today, page }), cachedActors(), cachedStateOptions()]);
  const actors = localActors(allActors, locale);
  const states = localStates(allStates, locale);
  const query = contactFilterParams(filter);
  const pageHref = (n: number) => `/contacts?${new URLSearchParams([...query, ["page", String(n)]])}`;
  const exportHref = `/contacts/export.csv${query.size > 0 ? `?${query}` : ""}`;
  const canLog = createContact.roles.includes(user.role);
  const notice = params.notice === "deleted";
  const seesRestricted = user.role === "COORDINATOR" || user.role === "ADMIN";

  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{filter.deleted ? t("deletedTitle") : t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <a href={exportHref} className="underline underline-offset-2" download>
            {t("download", { count: list.total })}
          </a>
          {canLog ? (
            <Link href="/contacts/new" className="rounded bg-slate-900 px-3.5 py-1.5 font-medium text-white hover:bg-slate-700">
              {t("logContact")}
            </Link>
          ) : null}
        </div>
      </div>
      {notice ? (
        <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("deletedNotice")}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {issues.map(problemText).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <ContactFilters
        values={{
          q: filter.q ?? "",
          target: filter.target ?? "",
          actor: filter.actorId ?? "",
          region: filter.region ?? "",
          channel: filter.channel ?? "",
          outcome: filter.outcome ?? "",
          status: filter.status ?? "",
          from: filter.from ?? "",
          to: filter.to ?? "",
          overdue: Boolean(filter.overdue),
          deleted: Boolean(filter.deleted),
        }}
        actors={actors}
        states={states}
        showDeleted={isAdmin}
      />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {seesRestricted ? t("countRestricted", { count: list.total }) : t("count", { count: list.total })}
      </p>
      {list.contacts.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t.rich(canLog ? "noMatchCanLog" : "noMatch", {
            clear: (chunks) => (
              <Link href="/contacts" className="underline">
                {chunks}
              </Link>
            ),
            log: (chunks) => (
              <Link href="/contacts/new" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ContactTable contacts={list.contacts} caption={t("tableCaption")} />
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={pageHref(list.page - 1)} className="underline">
              {t("previousPage")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={pageHref(list.page + 1)} className="underline">
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
