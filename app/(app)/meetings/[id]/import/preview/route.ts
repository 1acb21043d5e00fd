import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { getImportTarget, reviewSummary } from "@/lib/data/session-import";
import { checkSummaryText, SUMMARY_MAX_BYTES } from "@/lib/domain/summary-input";
import { readSummaryFile, UPLOAD_MAX_BYTES } from "@/lib/import/read-summary";
import { importSessionSummary } from "@/lib/mutations/session-import";

const refuse = (status: number, message: string) => Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

const fields = z.object({
  text: z.string().max(SUMMARY_MAX_BYTES * 4).optional(),
  file: z.instanceof(File).optional(),
});

/** Reads a summary and returns the proposals to review. It saves nothing: saving is the `meeting.import` action. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return refuse(401, "Your session has ended: sign in again, then paste the summary again.");
  if (!importSessionSummary.roles.includes(user.role)) return refuse(403, "Only coordinators can import summaries.");
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) return refuse(403, "Import from the app's own page.");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > SUMMARY_MAX_BYTES * 4 + UPLOAD_MAX_BYTES) return refuse(413, `This is ${(length / 1_000_000).toFixed(0)} MB; a summary can be at most 1 MB of text. Import one session at a time.`);
  const meeting = await getImportTarget((await params).id);
  if (!meeting) return refuse(404, "This meeting no longer exists.");

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "The summary could not be read. Paste it again, or choose the file again.");
  }
  const file = form.get("file");
  const parsed = fields.safeParse({ text: form.get("text") ?? undefined, file: file instanceof File && file.size > 0 ? file : undefined });
  if (!parsed.success) return refuse(413, "This text is too long; a summary can be at most 1 MB. Import one session at a time.");
  const checked = parsed.data.file ? await readSummaryFile(parsed.data.file) : checkSummaryText(parsed.data.text ?? "");
  if (!checked.ok) return refuse(422, checked.message);
  const review = await reviewSummary(meeting, checked.text);
  return Response.json({ review, text: parsed.data.file ? checked.text : undefined }, { headers: { "Cache-Control": "no-store" } });
}
