import { z } from "zod";
import { currentUser } from "@/platform/auth/session";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { translatorFor } from "@/platform/i18n/translator";
import { getImportTarget, reviewSummary } from "@/features/summary-import/queries";
import { checkSummaryText, SUMMARY_MAX_BYTES } from "@/lib/domain/summary-input";
import { readSummaryFile, UPLOAD_MAX_BYTES } from "@/features/summary-import/read-summary";
import { importSummary } from "@/features/summary-import/mutations";

const refuse = (status: number, message: string) => Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

const fields = z.object({
  text: z
    .string()
    .max(SUMMARY_MAX_BYTES * 4)
    .optional(),
  file: z.instanceof(File).optional(),
});

/** Reads a summary and returns the proposals to review. It saves nothing: saving is the `meeting.import` action. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  const t = translatorFor(await requestLocaleOf(user));
  if (!user) return refuse(401, t("sessionImport.refuse.signedOut"));
  if (!importSummary.roles.includes(user.role)) return refuse(403, t("sessionImport.refuse.coordinatorsOnly"));
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) return refuse(403, t("sessionImport.refuse.ownPage"));
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > SUMMARY_MAX_BYTES * 4 + UPLOAD_MAX_BYTES)
    return refuse(413, t("sessionImport.refuse.tooLarge", { size: (length / 1_000_000).toFixed(0) }));
  const meeting = await getImportTarget((await params).id);
  if (!meeting) return refuse(404, t("sessionImport.refuse.meetingGone"));

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, t("sessionImport.refuse.unreadable"));
  }
  const file = form.get("file");
  const parsed = fields.safeParse({ text: form.get("text") ?? undefined, file: file instanceof File && file.size > 0 ? file : undefined });
  if (!parsed.success) return refuse(413, t("sessionImport.refuse.tooLongText"));
  const checked = parsed.data.file ? await readSummaryFile(parsed.data.file) : checkSummaryText(parsed.data.text ?? "");
  if (!checked.ok) return refuse(422, checked.message);
  const review = await reviewSummary(meeting, checked.text);
  return Response.json({ review, text: parsed.data.file ? checked.text : undefined }, { headers: { "Cache-Control": "no-store" } });
}
