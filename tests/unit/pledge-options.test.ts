import { describe, expect, it } from "vitest";
import {
  actorsNamed,
  isPledgeSearch,
  likeEscaped,
  mergeSuggestions,
  parsePledgeOptionsQuery,
  pledgeOptionLabel,
  PLEDGE_QUERY_MAX,
} from "@/lib/domain/pledge-options";

const parse = (query: string) => parsePledgeOptionsQuery(new URLSearchParams(query));

describe("the pledge picker's query", () => {
  it("reads the search text, the target states and the actor", () => {
    expect(parse("q=%20ratify%20&targets=geo,%20kaz%20GEO&actor=cmx36rr4i006n2z7dtychxm1c")).toEqual({
      ok: true,
      query: { q: "ratify", targets: ["GEO", "KAZ"], actorId: "cmx36rr4i006n2z7dtychxm1c" },
    });
    expect(parse("")).toEqual({ ok: true, query: { q: "", targets: [], actorId: null } });
    expect(parse("targets=&actor=&other=1")).toEqual({ ok: true, query: { q: "", targets: [], actorId: null } });
  });

  it("refuses what no form sends: repeated, too long, control characters, bad codes or ids", () => {
    expect(parse("q=a&q=b")).toEqual({ ok: false, problem: "q" });
    expect(parse(`q=${"x".repeat(PLEDGE_QUERY_MAX + 1)}`)).toEqual({ ok: false, problem: "q" });
    expect(parse("q=rat%00ify")).toEqual({ ok: false, problem: "q" });
    expect(parse("targets=GE")).toEqual({ ok: false, problem: "targets" });
    expect(parse("targets=GEO;DROP")).toEqual({ ok: false, problem: "targets" });
    expect(parse(`targets=${Array.from({ length: 21 }, (_, i) => `A${String.fromCharCode(65 + i)}A`).join(",")}`)).toEqual({
      ok: false,
      problem: "targets",
    });
    expect(parse("targets=GEO&targets=KAZ")).toEqual({ ok: false, problem: "targets" });
    expect(parse("actor=' or 1=1 --")).toEqual({ ok: false, problem: "actor" });
  });

  it("searches from three letters on; fewer asks for suggestions", () => {
    expect(isPledgeSearch({ q: "ra", targets: [], actorId: null })).toBe(false);
    expect(isPledgeSearch({ q: "  rat ", targets: [], actorId: null })).toBe(true);
  });
});

describe("the actors a search names", () => {
  const actors = [
    { id: "chad", stateIso3: "TCD", names: ["Chad"] },
    { id: "ivory", stateIso3: "CIV", names: ["Côte d'Ivoire", "Ivory Coast"] },
    { id: "icbl", stateIso3: null, names: ["Cluster Munition Coalition", "CMC", ""] },
  ];
  const french = (iso3: string) => (iso3 === "TCD" ? ["Tchad"] : []);

  it("by a name, an alias, a code, a short name or a name in another language, ignoring case and accents", () => {
    expect(actorsNamed("chad", actors)).toEqual(["chad"]);
    expect(actorsNamed("TCHAD", actors, french)).toEqual(["chad"]);
    expect(actorsNamed("tcd", actors)).toEqual(["chad"]);
    expect(actorsNamed("cote d’ivoire", actors)).toEqual(["ivory"]);
    expect(actorsNamed("ivory", actors)).toEqual(["ivory"]);
    expect(actorsNamed("cmc", actors)).toEqual(["icbl"]);
    expect(actorsNamed("coalition", actors)).toEqual(["icbl"]);
  });

  it("none for too short a text", () => {
    expect(actorsNamed(" c ", actors)).toEqual([]);
  });
});

describe("suggestions", () => {
  const p = (id: string, status: "OPEN" | "IN_PROGRESS" | "KEPT" | "SLIPPED" | "WITHDRAWN") => ({ id, status });

  it("open ones first, the states' before the actor's, no pledge twice, at most the limit", () => {
    const states = [p("s1", "OPEN"), p("s2", "IN_PROGRESS"), p("s3", "KEPT"), p("both", "OPEN")];
    const actor = [p("a1", "OPEN"), p("both", "OPEN"), p("a2", "WITHDRAWN")];
    expect(mergeSuggestions(states, actor, 10).map((s) => s.id)).toEqual(["s1", "s2", "both", "a1", "s3", "a2"]);
    expect(mergeSuggestions(states, actor, 3).map((s) => s.id)).toEqual(["s1", "s2", "both"]);
    expect(mergeSuggestions([], [], 10)).toEqual([]);
  });
});

describe("a pledge's label", () => {
  const status = (s: string) => ({ KEPT: "Kept", OPEN: "Open" })[s] ?? s;

  it("says who and what, and the status when closed", () => {
    expect(pledgeOptionLabel({ actor: "Chad", text: "Ratify soon.", status: "OPEN" }, status)).toBe("Chad: Ratify soon.");
    expect(pledgeOptionLabel({ actor: "Chad", text: "Ratify soon.", status: "KEPT" }, status)).toBe("Chad: Ratify soon. (kept)");
  });

  it("shortens a long text to 90 characters", () => {
    const label = pledgeOptionLabel({ actor: "Chad", text: "x".repeat(200), status: "OPEN" }, status);
    expect(label).toBe(`Chad: ${"x".repeat(89)}…`);
  });
});

describe("a LIKE pattern", () => {
  it("matches %, _ and \\ as themselves", () => {
    expect(likeEscaped("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
