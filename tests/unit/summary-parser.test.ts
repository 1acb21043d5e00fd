import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSummary, type KnownActor, type ParsedStatement } from "@/lib/domain/summary-parser";
import { otherLanguageNames } from "@/lib/domain/state-names";
import { realStates } from "./support/real-data";

const ORGS: KnownActor[] = [
  { key: "ICRC", name: "International Committee of the Red Cross", aliases: ["ICRC"], kind: "ORGANISATION" },
  { key: "CMC", name: "Cluster Munition Coalition", aliases: ["CMC"], kind: "ORGANISATION" },
  { key: "IACG", name: "UN Inter-Agency Coordination Group on Mine Action", aliases: ["UN IACG-MA"], kind: "ORGANISATION" },
];
const actors = (): KnownActor[] => [...realStates().map((s) => ({ key: s.iso3, name: s.name, aliases: s.aliases, kind: "STATE" as const })), ...ORGS];
const summary = readFileSync(new URL("../fixtures/2013-summary.md", import.meta.url), "utf8");
const parsed = () => parseSummary(summary, actors(), "2013-04-18");
const keysOf = (s: ParsedStatement) => s.speakers.map((m) => m.actor?.key ?? `?${m.text}`);
const statementOf = (key: string) => parsed().statements.find((s) => keysOf(s).includes(key) && !s.byChairs)!;

describe("parsing the April 2013 universalization session summary", () => {
  it("finds all 28 speakers, every one matched: Ghana twice (once co-chairing with Portugal), Costa Rica and Grenada together", () => {
    const result = parsed();
    expect(result.chairs.map((c) => c.actor?.key)).toEqual(["GHA", "PRT"]);
    expect(result.statements).toHaveLength(27);
    expect(new Set(result.statements.flatMap(keysOf)).size).toBe(28);
    expect(result.statements.flatMap((s) => s.speakers).filter((m) => m.actor === null)).toEqual([]);
    expect(result.statements.filter((s) => keysOf(s).includes("GHA")).map(keysOf)).toEqual([["GHA", "PRT"], ["GHA"]]);
    expect(result.statements[0]).toMatchObject({ byChairs: true, sectionHint: null });
    expect(result.statements.filter((s) => s.speakers.length > 1).map(keysOf)).toEqual([
      ["GHA", "PRT"],
      ["CRI", "GRD"],
    ]);
  });

  it("mistakes no organisation for a state and no state for an organisation", () => {
    const kinds = Object.fromEntries(
      parsed()
        .statements.flatMap((s) => s.speakers)
        .map((m) => [m.text, m.actor?.kind]),
    );
    expect(kinds).toMatchObject({
      CMC: "ORGANISATION",
      "International Committee of the Red Cross": "ORGANISATION",
      "UN Inter-Agency Coordination Group on Mine Action": "ORGANISATION",
      Chad: "STATE",
    });
    expect(statementOf("CMC").sectionHint).toBe("ORGANISATION");
  });

  it("matches speakers by alias: DR Congo, Lao PDR, the CMC and the UN IACG-MA", () => {
    const keys = parsed().statements.flatMap((s) => s.speakers.map((m) => `${m.text}=${m.actor?.key}`));
    expect(keys).toEqual(
      expect.arrayContaining(["DR Congo=COD", "Lao PDR=LAO", "CMC=CMC", "UN Inter-Agency Coordination Group on Mine Action=IACG"]),
    );
  });

  it("treats a state approached by a speaker as a target, not a speaker, with a positive outcome", () => {
    const bulgaria = statementOf("BGR");
    expect(bulgaria.contacts).toEqual([expect.objectContaining({ targetText: "Georgia", outcome: "POSITIVE" })]);
    expect(bulgaria.contacts[0].target?.key).toBe("GEO");
    expect(parsed().statements.some((s) => keysOf(s).includes("GEO"))).toBe(false);
    expect(bulgaria.contacts[0].sentence).toContain("approached Georgia");
  });

  it("uses the section headings as hints of each speaker's status", () => {
    expect(statementOf("ARM").sectionHint).toBe("NOT_YET_PARTY");
    expect(statementOf("TCD").sectionHint).toBe("STATE_PARTY");
    expect(statementOf("ICRC").sectionHint).toBe("ORGANISATION");
  });

  it("keeps quotes verbatim with their speaker", () => {
    expect(statementOf("BGR").quotes).toEqual(["in general ... very positive"]);
    expect(statementOf("ETH").quotes).toEqual(["with a great expectation to learn", "help us make the right decision in the near future."]);
  });

  it("proposes pledges with a kind and a due date as said", () => {
    const pledge = (key: string) =>
      statementOf(key).pledges.map((p) => `${p.kind}${p.treatyAction ? `/${p.treatyAction}` : ""} ${p.due?.text ?? "-"}`);
    expect(pledge("COD")).toEqual(["TREATY_ACTION/DEPOSIT very soon"]);
    expect(pledge("TGO")).toEqual(["HOST_EVENT 22-23 May"]);
    expect(statementOf("TGO").pledges[0].due).toMatchObject({ earliest: "2013-05-22", latest: "2013-05-23" });
    expect(pledge("FRA")).toEqual(["OUTREACH as of mid-2013"]);
    expect(pledge("CAN")).toEqual(["DOMESTIC_STEP this Spring"]);
    expect(pledge("ICRC")).toEqual(["HOST_EVENT June", "HOST_EVENT August"]);
    expect(statementOf("ICRC").pledges.map((p) => p.text)).toEqual([
      "upcoming regional meetings on IHL in Nairobi (June)",
      "upcoming regional meetings on IHL in Pretoria (August)",
    ]);
    expect(pledge("ETH")).toEqual(["OTHER in the near future"]);
    expect(pledge("CHL")).toEqual(["HOST_EVENT -"]);
    expect(pledge("PLW")).toEqual(["OUTREACH -", "HOST_EVENT imminent"]);
  });

  it("does not read a denial or a hope as a pledge (Armenia)", () => {
    expect(statementOf("ARM").pledges).toEqual([]);
  });

  it("proposes domestic steps where a step is reported", () => {
    expect(statementOf("ZAF").steps).toEqual([expect.objectContaining({ status: "IN_PROGRESS" })]);
    expect(statementOf("ZAF").steps[0].text).toContain("memorandum on ratification");
    expect(statementOf("SUR").steps[0].text).toContain("Board of Ministers");
    expect(statementOf("TCD").steps).toEqual([expect.objectContaining({ status: "DONE", due: expect.objectContaining({ text: "in March 2013" }) })]);
  });

  it("shows a name it cannot match instead of dropping it", () => {
    const result = parseSummary("*States Parties*\n\n**Atlantis** said it will host a workshop in June.", actors(), "2013-04-18");
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ speakers: [{ text: "Atlantis", actor: null }], sectionHint: "STATE_PARTY" });
    expect(result.statements[0].pledges[0]).toMatchObject({
      kind: "HOST_EVENT",
      due: expect.objectContaining({ earliest: "2013-06-01", latest: "2013-06-30" }),
    });
  });

  it("reads « » and straight quotes too", () => {
    const result = parseSummary('**France** said « nous serons prêts » and "soon enough".', actors(), "2013-04-18");
    expect(result.statements[0].quotes).toEqual(["nous serons prêts", "soon enough"]);
  });
});

describe("parsing summaries written by others", () => {
  const plain = readFileSync(new URL("../fixtures/2014-summary-plain.md", import.meta.url), "utf8");
  const result = () => parseSummary(plain, actors(), "2014-04-09");
  const by = (key: string) => result().statements.find((s) => keysOf(s).includes(key) && !s.byChairs)!;

  it("finds speakers without bold marks, at the start of a sentence, and the chairs", () => {
    expect(result().chairs.map((c) => c.actor?.key)).toEqual(["CRI", "AUS"]);
    expect(result().statements.map(keysOf)).toEqual([["CRI", "AUS"], ["IDN"], ["KEN"], ["PLW", "NRU"], ["NZL"], ["CMC"], ["?Republic of Atlantis"]]);
  });

  it("reads plain section headings as hints", () => {
    expect(by("IDN").sectionHint).toBe("NOT_YET_PARTY");
    expect(by("NZL").sectionHint).toBe("STATE_PARTY");
    expect(by("CMC").sectionHint).toBe("ORGANISATION");
  });

  it("proposes the pledges, steps and contacts of a session it was not written for", () => {
    expect(by("KEN").pledges).toEqual([
      expect.objectContaining({
        kind: "TREATY_ACTION",
        treatyAction: "RATIFY",
        due: expect.objectContaining({ earliest: "2014-06-01", latest: "2014-07-31" }),
      }),
    ]);
    expect(by("IDN").steps).toEqual([expect.objectContaining({ status: "IN_PROGRESS" })]);
    expect(by("NZL").contacts).toEqual([
      expect.objectContaining({ targetText: "Tonga", outcome: "POSITIVE", target: expect.objectContaining({ key: "TON" }) }),
    ]);
    expect(by("NZL").pledges).toEqual([
      expect.objectContaining({ kind: "HOST_EVENT", due: expect.objectContaining({ earliest: "2014-06-01", latest: "2014-06-30" }) }),
    ]);
    const atlantis = result().statements.at(-1)!;
    expect(atlantis.pledges).toEqual([
      expect.objectContaining({ kind: "TREATY_ACTION", treatyAction: "DEPOSIT", due: expect.objectContaining({ text: "this Spring" }) }),
    ]);
  });

  it("does not take a pronoun or a collective noun for a speaker", () => {
    const text = "**Chile** said it will host a seminar.\n\nIt said more. Several states said they agreed. Participants welcomed the news.";
    expect(parseSummary(text, actors(), "2013-04-18").statements.map(keysOf)).toEqual([["CHL"]]);
    const noBold = "Chile said it will host a seminar. It said more. Several states said they agreed. Delegations welcomed the news.";
    expect(parseSummary(noBold, actors(), "2013-04-18").statements.map(keysOf)).toEqual([["CHL"]]);
  });

  it("matches French and accented names, whichever apostrophe is typed", () => {
    const text =
      "*États parties*\n\n**Côte d’Ivoire** a déclaré « nous ratifierons bientôt ». **Côte d'Ivoire** again. **Sénégal** said it will host a workshop in June.";
    const found = parseSummary(text, actors(), "2013-04-18").statements.map(keysOf);
    expect(found).toEqual([["CIV"], ["CIV"], ["SEN"]]);
  });

  it("records the states a statement is about, not only its speakers", () => {
    expect(statementOf("ECU").mentions.map((m) => m.key)).toEqual(["SYR"]);
    expect(statementOf("CMC").mentions.map((m) => m.key)).toEqual([]);
    const guinea = parseSummary("**Australia** met Papua New Guinea and Guinea-Bissau.", actors(), "2013-04-18");
    expect(guinea.statements[0].mentions.map((m) => m.key)).toEqual(["PNG", "GNB"]);
  });

  it("keeps the sentence each proposal came from", () => {
    expect(statementOf("TGO").pledges[0].sentence).toBe(
      "Togo said it will host a regional conference on 22-23 May and stated its commitment to universalization.",
    );
    expect(statementOf("ZAF").steps[0].sentence).toContain("awaiting the approval of a memorandum");
  });
});

describe("names in the Convention's other languages", () => {
  const withLocalNames = (): KnownActor[] =>
    actors().map((a) => (a.kind === "STATE" ? { ...a, aliases: [...a.aliases, ...otherLanguageNames(a.key)] } : a));

  it("matches French and Spanish state names with their accents", () => {
    const text =
      "*États parties*\n\n**Tchad** a annoncé le dépôt. **République démocratique du Congo** a dit qu'il déposera « très bientôt ». **Suiza** dijo que organizará un taller.";
    const result = parseSummary(text, withLocalNames(), "2013-04-18");
    expect(result.statements.map(keysOf)).toEqual([["TCD"], ["COD"], ["CHE"]]);
    expect(result.statements[1].quotes).toEqual(["très bientôt"]);
  });
});
