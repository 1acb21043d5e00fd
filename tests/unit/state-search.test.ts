import { describe, expect, it } from "vitest";
import { foldForSearch, matchesStateQuery, type SearchableState } from "@/lib/domain/state-search";
import { realStates } from "./support/real-data";

describe("foldForSearch", () => {
  it("lower-cases and removes accents", () => {
    expect(foldForSearch("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(foldForSearch("São Tomé and Príncipe")).toBe("sao tome and principe");
    expect(foldForSearch("TÜRKİYE")).toBe("turkiye");
  });

  it("normalizes typographic apostrophes to a straight one", () => {
    expect(foldForSearch("Côte d’Ivoire")).toBe("cote d'ivoire");
    expect(foldForSearch("Côte d‘Ivoire")).toBe("cote d'ivoire");
  });

  it("normalizes a backtick and an acute accent used as apostrophes", () => {
    expect(foldForSearch("Côte d`Ivoire")).toBe("cote d'ivoire");
    expect(foldForSearch("Côte d´Ivoire")).toBe("cote d'ivoire");
    expect(foldForSearch("Cote d\u00b4Ivoire")).toBe("cote d'ivoire");
  });

  it("collapses and trims whitespace", () => {
    expect(foldForSearch("  DR \t  Congo \n")).toBe("dr congo");
  });

  it("folds precomposed and decomposed forms alike", () => {
    expect(foldForSearch("C\u00f4te")).toBe(foldForSearch("Co\u0302te"));
  });
});

describe("matchesStateQuery", () => {
  const civ: SearchableState = { iso3: "CIV", name: "Côte d'Ivoire", aliases: ["Ivory Coast", "Cote d'Ivoire"] };

  it("matches every state for an empty or blank query", () => {
    expect(matchesStateQuery(civ, "")).toBe(true);
    expect(matchesStateQuery(civ, "   ")).toBe(true);
  });

  it("matches a part of the name, ignoring case and accents", () => {
    expect(matchesStateQuery(civ, "ivoire")).toBe(true);
    expect(matchesStateQuery(civ, "CÔTE")).toBe(true);
  });

  it("matches an alias", () => {
    expect(matchesStateQuery(civ, "ivory")).toBe(true);
  });

  it("matches the ISO3 code in any case", () => {
    expect(matchesStateQuery(civ, "civ")).toBe(true);
    expect(matchesStateQuery(civ, " CIV ")).toBe(true);
  });

  it("does not match unrelated text", () => {
    expect(matchesStateQuery(civ, "ghana")).toBe(false);
    expect(matchesStateQuery(civ, "ci")).toBe(false);
  });

  it("does not match a partial ISO3 code that is in no name", () => {
    const state: SearchableState = { iso3: "DZA", name: "Algeria", aliases: [] };
    expect(matchesStateQuery(state, "dz")).toBe(false);
    expect(matchesStateQuery(state, "dza")).toBe(true);
  });

  it("matches a state without aliases by name", () => {
    expect(matchesStateQuery({ iso3: "TCD", name: "Chad", aliases: [] }, "cha")).toBe(true);
  });

  describe("on the real data", () => {
    const states = realStates();
    const search = (query: string) => states.filter((s) => matchesStateQuery(s, query)).map((s) => s.iso3);

    it("finds the Democratic Republic of the Congo as 'DR Congo' (an alias), not the Republic of the Congo", () => {
      expect(search("DR Congo")).toEqual(["COD"]);
      expect(search("drc")).toEqual(["COD"]);
    });

    it("finds both Congos for 'congo'", () => {
      expect(search("congo").sort()).toEqual(["COD", "COG"]);
    });

    it("finds Lao PDR", () => {
      expect(search("lao pdr")).toEqual(["LAO"]);
      expect(search("Laos")).toEqual(["LAO"]);
    });

    it("finds Côte d'Ivoire without the accent, with a curly apostrophe, and as Ivory Coast", () => {
      expect(search("cote d'ivoire")).toEqual(["CIV"]);
      expect(search("Côte d’Ivoire")).toEqual(["CIV"]);
      expect(search("Côte d`Ivoire")).toEqual(["CIV"]);
      expect(search("cote d´ivoire")).toEqual(["CIV"]);
      expect(search("Ivory Coast")).toEqual(["CIV"]);
      expect(search("ivory coast")).toEqual(["CIV"]);
    });

    it("finds São Tomé and Príncipe with or without accents", () => {
      expect(search("sao tome")).toEqual(["STP"]);
      expect(search("São Tomé")).toEqual(["STP"]);
    });

    it.each(["TCD", "tcd", "LTU", "AND", "CIV", "COD", "GBR", "usa"])("finds the state with ISO3 code %s", (code) => {
      expect(search(code)).toContain(code.toUpperCase());
    });

    it("finds only Chad by its code", () => {
      expect(search("TCD")).toEqual(["TCD"]);
    });

    it("matches all 197 states for an empty query", () => {
      expect(search("")).toHaveLength(197);
    });

    it("matches nothing for nonsense", () => {
      expect(search("zzqx")).toEqual([]);
    });
  });
});
