import { describe, expect, it } from "vitest";
import { csvField, parseCsv, parseCsvRecords, toCsv } from "@/lib/domain/csv";

describe("parseCsv", () => {
  it("splits plain rows and fields", () => {
    expect(parseCsv("a,b,c\n1,2,3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps commas inside quoted fields", () => {
    expect(parseCsv('iso3,source\nTCD,"UNTC, CMC, Monitor"\n')).toEqual([
      ["iso3", "source"],
      ["TCD", "UNTC, CMC, Monitor"],
    ]);
  });

  it("turns doubled quotes inside a quoted field into one quote", () => {
    expect(parseCsv('a,"ISU ""State Party No. 112"", 2023",c')).toEqual([["a", 'ISU "State Party No. 112", 2023', "c"]]);
    expect(parseCsv('""""')).toEqual([['"']]);
  });

  it("keeps line breaks inside quoted fields", () => {
    expect(parseCsv('a,"line 1\nline 2",c\nd,e,f')).toEqual([
      ["a", "line 1\nline 2", "c"],
      ["d", "e", "f"],
    ]);
    expect(parseCsv('a,"x\r\ny"')).toEqual([["a", "x\r\ny"]]);
  });

  it("handles CRLF line endings without leaving \\r in fields", () => {
    expect(parseCsv("iso3,name\r\nTCD,Chad\r\nAND,Andorra\r\n")).toEqual([
      ["iso3", "name"],
      ["TCD", "Chad"],
      ["AND", "Andorra"],
    ]);
  });

  it("handles bare CR line endings", () => {
    expect(parseCsv("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("does not add an empty row for a trailing newline", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("parses the same rows with or without a trailing newline", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual(parseCsv("a,b\n1,2"));
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual(parseCsv("a,b\n1,2"));
  });

  it("skips blank lines", () => {
    expect(parseCsv("a,b\n\n1,2\n\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps empty fields, including leading and trailing ones", () => {
    expect(parseCsv("DZA,Algeria,,,,,,none")).toEqual([["DZA", "Algeria", "", "", "", "", "", "none"]]);
    expect(parseCsv(",a,")).toEqual([["", "a", ""]]);
    expect(parseCsv('a,""\n')).toEqual([["a", ""]]);
  });

  it("keeps a last row ending in an empty field without a newline", () => {
    expect(parseCsv("a,b\n1,")).toEqual([
      ["a", "b"],
      ["1", ""],
    ]);
  });

  it("is empty for empty input", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\n\r\n")).toEqual([]);
  });

  it("keeps non-ASCII text", () => {
    expect(parseCsv("CIV,Côte d'Ivoire\nSTP,São Tomé and Príncipe")).toEqual([
      ["CIV", "Côte d'Ivoire"],
      ["STP", "São Tomé and Príncipe"],
    ]);
  });
});

describe("parseCsvRecords", () => {
  it("keys each row by the header", () => {
    expect(parseCsvRecords('iso3,name,source\r\nTCD,Chad,"UNTC, CMC"\r\nAND,Andorra,UNTC\r\n')).toEqual([
      { iso3: "TCD", name: "Chad", source: "UNTC, CMC" },
      { iso3: "AND", name: "Andorra", source: "UNTC" },
    ]);
  });

  it("trims keys and values", () => {
    expect(parseCsvRecords(" iso3 , region \n AFG , Asia \n")).toEqual([{ iso3: "AFG", region: "Asia" }]);
  });

  it("fills missing trailing cells with empty strings and ignores extra cells", () => {
    expect(parseCsvRecords("a,b,c\n1\n1,2,3,4")).toEqual([
      { a: "1", b: "", c: "" },
      { a: "1", b: "2", c: "3" },
    ]);
  });

  it("is empty for a header only, or for nothing", () => {
    expect(parseCsvRecords("iso3,region\n")).toEqual([]);
    expect(parseCsvRecords("")).toEqual([]);
  });
});

describe("toCsv", () => {
  it("quotes fields with commas, quotes or line breaks, doubles quotes, and ends lines with CRLF", () => {
    const csv = toCsv(["Target", "Summary"], [["Côte d'Ivoire", 'Said "soon", then waited\nuntil June']]);
    expect(csv).toBe('\uFEFFTarget,Summary\r\nCôte d\'Ivoire,"Said ""soon"", then waited\nuntil June"\r\n');
  });

  it("starts with a byte order mark so that Excel reads UTF-8", () => {
    const bytes = new TextEncoder().encode(toCsv(["a"], [["São Tomé"]]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("leaves plain fields unquoted and writes empty cells for missing values", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["x", null, undefined],
          [1, "", "y"],
        ],
      ),
    ).toBe("\uFEFFa,b,c\r\nx,,\r\n1,,y\r\n");
  });

  it("round-trips through the parser", () => {
    const rows = [
      ["Côte d'Ivoire", 'a, "b"', "line\r\nbreak"],
      ["", "x", "ü"],
    ];
    const parsed = parseCsv(toCsv(["one", "two", "three"], rows).slice(1));
    expect(parsed).toEqual([["one", "two", "three"], ...rows]);
  });

  it("keeps a spreadsheet from running a cell as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1 call")).toBe("'+1 call");
    expect(csvField("@mission")).toBe("'@mission");
    expect(csvField("-")).toBe("'-");
    expect(csvField("2013-04-18")).toBe("2013-04-18");
  });
});
