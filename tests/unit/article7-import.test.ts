import { describe, expect, it } from "vitest";
import { ARTICLE7_IMPORT_MAX_ROWS, reviewArticle7Import, stateFinder, type ImportLine, type KnownState } from "@/lib/domain/article7-import";

const STATES: KnownState[] = [
  { iso3: "TCD", name: "Chad", aliases: [] },
  { iso3: "CIV", name: "Côte d'Ivoire", aliases: ["Ivory Coast"] },
  { iso3: "DEU", name: "Germany", aliases: [] },
];
const TODAY = "2026-05-10";
const lines = (...rows: string[][]): ImportLine[] => rows.map((cells, i) => ({ line: i + 1, cells }));
const HEADING = ["state", "year", "date received", "link"];
const review = (...rows: string[][]) => reviewArticle7Import(lines(HEADING, ...rows), STATES, [], TODAY);
const reasons = (r: ReturnType<typeof review>) => (r.ok ? r.rows.map((row) => (row.ok ? "ok" : row.reason)) : r.message);

describe("finding the state a row names", () => {
  const find = stateFinder(STATES);
  it("takes an ISO3 code in any case, or a name in English, French or Spanish without minding accents", () => {
    expect(find("tcd")?.iso3).toBe("TCD");
    expect(find("cote d’ivoire")?.iso3).toBe("CIV");
    expect(find("Ivory Coast")?.iso3).toBe("CIV");
    expect(find("Tchad")?.iso3).toBe("TCD");
    expect(find("Alemania")?.iso3).toBe("DEU");
    expect(find("Allemagne ")?.iso3).toBe("DEU");
  });
  it("finds nothing for a name it does not know or a part of one", () => {
    expect(find("Atlantis")).toBeNull();
    expect(find("Cha")).toBeNull();
    expect(find("")).toBeNull();
  });
});

describe("the dry run of an Article 7 upload", () => {
  it("plans an initial report for a blank year and an annual update otherwise, with the link as source", () => {
    const result = review(["TCD", "", "2014-02-20", "https://example.org/tcd"], ["Germany", "2025", "2025-04-28", ""]);
    expect(result).toMatchObject({ ok: true, accepted: 2, refused: 0 });
    if (!result.ok) return;
    expect(result.rows.map((r) => (r.ok ? r.report : null))).toEqual([
      { iso3: "TCD", name: "Chad", kind: "INITIAL", year: null, submittedOn: "2014-02-20", source: "https://example.org/tcd" },
      { iso3: "DEU", name: "Germany", kind: "ANNUAL", year: 2025, submittedOn: "2025-04-28", source: "" },
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("says why each bad row is refused", () => {
    const result = review(
      ["Atlantis", "2025", "2025-04-01", ""],
      ["", "2025", "2025-04-01", ""],
      ["TCD", "25", "2025-04-01", ""],
      ["TCD", "2009", "2025-04-01", ""],
      ["TCD", "2024", "30/04/2024", ""],
      ["TCD", "2023", "2023-02-30", ""],
      ["TCD", "2022", "", ""],
      ["TCD", "2026", "2026-05-11", ""],
      ["TCD", "2021", "2021-04-01", "x".repeat(2001)],
    );
    expect(reasons(result)).toEqual([
      { key: "article7Import.unknownState", values: { state: "Atlantis" } },
      "article7Import.stateMissing",
      { key: "article7Import.badYear", values: { year: "25" } },
      { key: "article7Import.badYear", values: { year: "2009" } },
      { key: "article7Import.badDate", values: { date: "30/04/2024" } },
      { key: "article7Import.badDate", values: { date: "2023-02-30" } },
      "article7Import.receivedMissing",
      { key: "article7Import.futureDate", values: { date: { date: "2026-05-11" } } },
      { key: "article7Import.linkTooLong", values: { max: 2000 } },
    ]);
    expect(result).toMatchObject({ accepted: 0, refused: 9 });
  });

  it("accepts a report received today", () => {
    expect(reasons(review(["TCD", "2026", TODAY, ""]))).toEqual(["ok"]);
  });

  it("refuses a report already recorded, and a row repeating an earlier one, naming that row", () => {
    const result = reviewArticle7Import(
      lines(
        HEADING,
        ["TCD", "2025", "2025-04-01", ""],
        ["Chad", "2025", "2025-05-01", ""],
        ["TCD", "", "2014-03-01", ""],
        ["CIV", "2025", "2025-04-01", ""],
      ),
      STATES,
      [{ iso3: "TCD", kind: "INITIAL", year: null, submittedOn: "2014-02-20" }],
      TODAY,
    );
    expect(reasons(result)).toEqual([
      "ok",
      { key: "article7Import.duplicateRow", values: { line: 2 } },
      { key: "article7Import.alreadyRecorded", values: { date: { date: "2014-02-20" } } },
      "ok",
    ]);
  });

  it("reads columns by their headings in any order and language, or in the usual order without a heading", () => {
    const french = reviewArticle7Import(
      lines(["Lien", "Date de réception", "État", "Année"], ["https://x", "2025-04-01", "Tchad", "2025"]),
      STATES,
      [],
      TODAY,
    );
    expect(french.ok && french.rows[0].ok && french.rows[0].report).toMatchObject({
      iso3: "TCD",
      year: 2025,
      submittedOn: "2025-04-01",
      source: "https://x",
    });
    const bare = reviewArticle7Import(lines(["TCD", "2025", "2025-04-01"]), STATES, [], TODAY);
    expect(bare).toMatchObject({ ok: true, accepted: 1 });
    expect(bare.ok && bare.rows[0].line).toBe(1);
  });

  it("refuses a file with nothing to record, a heading without a needed column, or too many rows", () => {
    expect(reasons(reviewArticle7Import([], STATES, [], TODAY))).toBe("article7Import.empty");
    expect(reasons(reviewArticle7Import(lines(HEADING, ["", "", "", ""]), STATES, [], TODAY))).toBe("article7Import.empty");
    expect(reasons(reviewArticle7Import(lines(["state", "year", "link"], ["TCD", "2025", ""]), STATES, [], TODAY))).toEqual({
      key: "article7Import.missingColumn",
      values: { column: { key: "article7Import.column.received" } },
    });
    const many = Array.from({ length: ARTICLE7_IMPORT_MAX_ROWS + 1 }, () => ["TCD", "2025", "2025-04-01", ""]);
    expect(reasons(review(...many))).toEqual({
      key: "article7Import.tooManyRows",
      values: { n: ARTICLE7_IMPORT_MAX_ROWS + 1, max: ARTICLE7_IMPORT_MAX_ROWS },
    });
  });

  it("skips blank lines but keeps the file's line numbers", () => {
    const result = reviewArticle7Import(
      [
        { line: 1, cells: HEADING },
        { line: 2, cells: [""] },
        { line: 5, cells: ["TCD", "2025", "2025-04-01", ""] },
      ],
      STATES,
      [],
      TODAY,
    );
    expect(result.ok && result.rows.map((r) => r.line)).toEqual([5]);
  });
});
