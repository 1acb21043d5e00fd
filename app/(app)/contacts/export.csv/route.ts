import { answeringWhenUnavailable } from "@/platform/http/unavailable";
import { currentUser } from "@/platform/auth/session";
import { contactsCsv } from "@/features/contacts/queries";
import { parseContactFilter, searchParamsOf } from "@/lib/domain/contact-filter";
import { todayIso } from "@/lib/domain/dates";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { translatorFor } from "@/platform/i18n/translator";

/** The contact log as CSV in the reader's language: the same filters and the same visibility as the page, all pages. */
export const GET = answeringWhenUnavailable(async (request: Request): Promise<Response> => {
  const user = await currentUser();
  const locale = await requestLocaleOf(user);
  if (!user) {
    return new Response(`${translatorFor(locale)("contacts.csv.signIn")}\n`, {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const today = todayIso();
  const { filter } = parseContactFilter(searchParamsOf(new URL(request.url).searchParams));
  if (user.role !== "ADMIN") filter.deleted = undefined;
  const csv = await contactsCsv(filter, user, today, locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="adhere-contacts-${today}.csv"`,
      "Cache-Control": "private, no-store",
      "Content-Language": locale,
    },
  });
});
