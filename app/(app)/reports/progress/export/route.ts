import { answeringWhenUnavailable } from "@/platform/http/unavailable";
import { currentUser } from "@/platform/auth/session";
import { todayIso } from "@/lib/domain/dates";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { translatorFor } from "@/platform/i18n/translator";
import { reportDocx, reportXlsx, sectionCsv } from "@/features/reports/export";
import { resolvePeriod } from "@/features/reports/period";
import { REPORT_PAGE_ROWS } from "@/features/reports/section";
import { cachedProgressReport } from "@/platform/cache/reads";

/** Downloads of the progress report: DOCX, XLSX (a sheet per section) or one section as CSV, in the reader's language. */
export const GET = answeringWhenUnavailable(async (request: Request): Promise<Response> => {
  const user = await currentUser();
  const locale = await requestLocaleOf(user);
  const t = translatorFor(locale);
  if (!user) return new Response(t("reports.export.signIn"), { status: 401 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  // Refused before the report is computed: a bad link costs nothing.
  if (format !== "docx" && format !== "xlsx" && format !== "csv") return new Response(t("reports.export.unknownFormat"), { status: 400 });
  const period = await resolvePeriod(url.searchParams.get("from") ?? "", url.searchParams.get("to") ?? "", todayIso());
  // The DOCX shows what the page shows; the XLSX and the CSV carry every row.
  const rows = format === "docx" ? REPORT_PAGE_ROWS : undefined;
  const report = await cachedProgressReport(period.from, period.to, user, {
    includeRestricted: url.searchParams.get("restricted") === "1",
    locale,
    rows,
  });
  const base = `${url.protocol}//${url.host}`;
  const name = `adhere-progress-${period.from}-to-${period.to}`;
  if (format === "docx") {
    return new Response(new Uint8Array(await reportDocx(report, base)), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": `attachment; filename="${name}.docx"`,
      },
    });
  }
  if (format === "xlsx") {
    return new Response(new Uint8Array(await reportXlsx(report, base)), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${name}.xlsx"`,
      },
    });
  }
  if (format === "csv") {
    const section = report.sections.find((s) => s.key === url.searchParams.get("section"));
    if (!section)
      return new Response(t("reports.export.unknownSection", { sections: report.sections.map((s) => s.key).join(", ") }), { status: 400 });
    return new Response(sectionCsv(section, base, locale), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-${section.key}.csv"` },
    });
  }
  return new Response(t("reports.export.unknownFormat"), { status: 400 });
});
