/** What a pasted or uploaded summary may be, and how it is turned into the text the parser reads. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export type SummaryCheck = { ok: true; text: string } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes >= 10_000_000 ? 0 : 1)} MB`;

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Refuses, with a message a coordinator understands, what is not a summary: nothing, too much, binary data, HTML source. */
export function checkSummaryText(raw: string): SummaryCheck {
  const text = raw.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, message: "Paste the session summary, or choose a .txt, .md or .docx file." };
  const bytes = text.length > SUMMARY_MAX_BYTES / 4 ? byteLength(text) : 0;
  if (bytes > SUMMARY_MAX_BYTES) {
    return {
      ok: false,
      message: `This text is ${megabytes(bytes)}; a summary can be at most ${megabytes(SUMMARY_MAX_BYTES)}. Import one session at a time.`,
    };
  }
  const sample = text.slice(0, 20_000);
  const control = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (sample.includes("\u0000") || control > sample.length * 0.01) {
    return {
      ok: false,
      message: "This is not readable text (it looks like a binary file). Upload the summary as .docx, .md or .txt, or paste its text.",
    };
  }
  const tags = (sample.match(/<\/?(?:html|head|body|div|span|p|br|strong|b|em|i|table|tr|td|ul|li|h[1-6]|font|meta|style|script)\b[^>]*>/gi) ?? [])
    .length;
  if (/^\s*<!doctype html|^\s*<html/i.test(sample) || tags >= 3) {
    return {
      ok: false,
      message:
        "This looks like HTML (a web page's source code). Copy the text as it appears on the page, or upload the summary as .docx, .md or .txt.",
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : "";
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Turns the HTML a Word document converts to (paragraphs, bold, italics, headings) into the summary's usual
 * text form: bold as **name**, italic headings as *heading*, a blank line between paragraphs.
 */
export function wordHtmlToSummaryText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(?:strong|b)\b[^>]*>(\s*)/gi, "$1**")
      .replace(/(\s*)<\/(?:strong|b)>/gi, "**$1")
      .replace(/<(?:em|i)\b[^>]*>(\s*)/gi, "$1*")
      .replace(/(\s*)<\/(?:em|i)>/gi, "*$1")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|h[1-6]|li|tr|div)>/gi, "\n\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\*\*\*\*/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
