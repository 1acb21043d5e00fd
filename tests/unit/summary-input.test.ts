import { describe, expect, it } from "vitest";
import { checkSummaryText, wordHtmlToSummaryText } from "@/lib/domain/summary-input";

describe("checking a pasted summary", () => {
  it.each([
    ["", /Paste the session summary/],
    ["   \n\t  ", /Paste the session summary/],
    ["x".repeat(10_000_000), /10 MB; a summary can be at most 1\.0 MB/],
    ["PK\u0003\u0004\u0000\u0000binary\u0001\u0002", /not readable text/],
    ["abc\uFFFD\uFFFD\uFFFD\uFFFD\u0007\u0008 def", /not readable text/],
    ["<!DOCTYPE html><html><body><p><strong>Canada</strong> said</p></body></html>", /looks like HTML/],
    ["<p><b>Canada</b> said it will.</p><p>More</p>", /looks like HTML/],
  ])("refuses %# with a clear message", (text, message) => {
    const result = checkSummaryText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it("accepts a summary, dropping a byte-order mark and Windows line ends", () => {
    expect(checkSummaryText("\uFEFF**Chad** said it will.\r\n\r\nMore <3 text")).toEqual({
      ok: true,
      text: "**Chad** said it will.\n\nMore <3 text",
    });
  });

  it("accepts accents, curly quotes and a 900 kB text", () => {
    expect(checkSummaryText("**Côte d’Ivoire** a dit « bientôt ».").ok).toBe(true);
    expect(checkSummaryText("**Chad** said it will. ".repeat(40_000)).ok).toBe(true);
  });
});

describe("reading a Word document's HTML", () => {
  it("keeps bold speakers, italic headings and paragraphs", () => {
    const html =
      "<h1>Summary</h1><p>The session was chaired by <strong>Ghana</strong> and <strong>Portugal</strong>.</p><p><em>States Parties</em></p><p><strong>Chad </strong>said &ldquo;x&rdquo; &amp; &#8220;y&#8221;</p>";
    expect(wordHtmlToSummaryText(html)).toBe(
      "Summary\n\nThe session was chaired by **Ghana** and **Portugal**.\n\n*States Parties*\n\n**Chad** said “x” & “y”",
    );
  });
});
