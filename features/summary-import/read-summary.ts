import "server-only";
import mammoth from "mammoth";
import { checkSummaryText, wordHtmlToSummaryText, type SummaryCheck } from "@/lib/domain/summary-input";

export const UPLOAD_MAX_BYTES = 5_000_000;

/** An uploaded summary as text: .txt and .md as UTF-8, .docx through its HTML (bold and italics kept). */
export async function readSummaryFile(file: File): Promise<SummaryCheck> {
  if (file.size > UPLOAD_MAX_BYTES)
    return { ok: false, message: `This file is ${(file.size / 1_000_000).toFixed(1)} MB; a summary file can be at most 5 MB.` };
  const name = file.name.toLowerCase();
  const bytes = Buffer.from(await file.arrayBuffer());
  if (name.endsWith(".docx")) {
    try {
      const { value } = await mammoth.convertToHtml({ buffer: bytes });
      return checkSummaryText(wordHtmlToSummaryText(value));
    } catch {
      return { ok: false, message: "This .docx file could not be read. Open it in Word and save it again as .docx, or paste its text." };
    }
  }
  if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
    return checkSummaryText(new TextDecoder("utf-8", { fatal: false }).decode(bytes));
  }
  return { ok: false, message: "Choose a .txt, .md or .docx file (a .doc or .pdf can be saved as .docx first)." };
}
