import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditFilterForm } from "@/features/users/components/audit-filter-form";
import { AuditTable } from "@/features/users/components/audit-table";
import { requireRole } from "@/platform/auth/session";
import { auditFilterOptions, listAuditEvents, AUDIT_PAGE_SIZE } from "@/features/users/queries/audit";
import { auditHref, parseAuditFilter, type AuditFilterProblem } from "@/lib/domain/audit-filter";
import { todayIso } from "@/lib/domain/dates";
import { AUDIT_READER_ROLES, USER_ADMIN_ROLES } from "@/lib/domain/roles";

export async function generateMetadata() {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireRole(AUDIT_READER_ROLES, "/admin/audit");
  const { filter, problems } = parseAuditFilter(await searchParams);
  const [page, options] = await Promise.all([listAuditEvents(filter), auditFilterOptions()]);
  const t = await getTranslations("admin.audit");
  const problemsT = await getTranslations("admin.audit.problems");
  const problemText = (problem: AuditFilterProblem) =>
    problem.kind === "name" || problem.kind === "date" ? problemsT(problem.field, { value: problem.value }) : problemsT(problem.kind);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro", { size: AUDIT_PAGE_SIZE })}</p>
      {problems.length > 0 ? (
        <ul role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problems.map((p) => {
            const text = problemText(p);
            return <li key={text}>{text}</li>;
          })}
        </ul>
      ) : null}
      <AuditFilterForm filter={filter} options={options} today={todayIso()} />
      <p className="mb-2 text-sm" role="status">
        {page.total === 0 ? t("noMatch") : t("matches", { count: page.total })}
      </p>
      {page.events.length > 0 ? <AuditTable events={page.events} linkUsers={USER_ADMIN_ROLES.includes(user.role)} /> : null}
      <nav aria-label={t("pages")} className="mt-4 flex gap-6 text-sm">
        {filter.cursor ? (
          <Link href={auditHref(filter, { cursor: undefined })} className="underline underline-offset-2">
            {t("newest")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={auditHref(filter, { cursor: page.nextCursor })} className="underline underline-offset-2">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
