import { currentUser } from "@/platform/auth/session";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { renderMessage } from "@/platform/i18n/render-message";
import { translatorFor } from "@/platform/i18n/translator";
import { todayIso } from "@/lib/domain/dates";
import { db } from "@/platform/db";
import { ARTICLE7_CSV_MAX_CHARS, reviewArticle7Csv } from "@/features/treaty-status/article7-import";
import { importArticle7Reports } from "@/features/treaty-status/article7-import-mutations";
import type { CheckedUpload } from "@/features/treaty-status/components/article7-import-workspace";

const refuse = (status: number, message: string) => Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

/** The dry run of an Article 7 upload: what each row would record or why it is refused. Saving is the `article7.import` action. */
export async function POST(request: Request) {
  const user = await currentUser();
  const locale = await requestLocaleOf(user);
  const t = translatorFor(locale);
  if (!user) return refuse(401, t("article7Import.refuse.signedOut"));
  if (!importArticle7Reports.roles.includes(user.role)) return refuse(403, t("article7Import.refuse.coordinatorsOnly"));
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) return refuse(403, t("article7Import.refuse.ownPage"));
  if (Number(request.headers.get("content-length") ?? 0) > ARTICLE7_CSV_MAX_CHARS * 4)
    return refuse(413, renderMessage({ key: "article7Import.tooLarge", values: { max: ARTICLE7_CSV_MAX_CHARS } }, locale));
  let text: unknown;
  try {
    text = (await request.formData()).get("csv");
  } catch {
    return refuse(400, t("article7Import.refuse.unreadable"));
  }
  if (typeof text !== "string") return refuse(400, t("article7Import.refuse.unreadable"));
  if (text.length > ARTICLE7_CSV_MAX_CHARS)
    return refuse(413, renderMessage({ key: "article7Import.tooLarge", values: { max: ARTICLE7_CSV_MAX_CHARS } }, locale));
  const review = await reviewArticle7Csv(db(), text, todayIso());
  if (!review.ok) return refuse(422, renderMessage(review.message, locale));
  const checked: CheckedUpload = {
    accepted: review.accepted,
    refused: review.refused,
    rows: review.rows.map((r) => ({
      line: r.line,
      written: r.written,
      ...(r.ok ? { ok: true, report: r.report } : { ok: false, reason: renderMessage(r.reason, locale) }),
    })),
  };
  return Response.json({ checked }, { headers: { "Cache-Control": "no-store" } });
}
