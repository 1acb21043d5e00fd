import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSessionSummary, type KnownActor } from "@/lib/domain/session-parser";
import { realStates } from "./support/real-data";

const ORGS: KnownActor[] = [
  { key: "ICRC", name: "International Committee of the Red Cross", aliases: ["ICRC"], kind: "ORGANISATION" },
  { key: "CMC", name: "Cluster Munition Coalition", aliases: ["CMC"], kind: "ORGANISATION" },
  { key: "IACG", name: "UN Inter-Agency Coordination Group on Mine Action", aliases: ["UN IACG-MA"], kind: "ORGANISATION" },
];
const actors = (): KnownActor[] => [...realStates().map((s) => ({ key: s.iso3, name: s.name, aliases: s.aliases, kind: "STATE" as const })), ...ORGS];
const summary = readFileSync(new URL("../fixtures/2013-session-summary.md", import.meta.url), "utf8");
const parsed = () => parseSessionSummary(summary, actors(), "2013-04-18");
const statementOf = (key: string) => parsed().statements.find((s) => s.speaker?.key === key && s.sectionHint !== null)!;

describe("parsing the April 2013 universalization session summary", () => {
  it("finds one statement per speaker: 29 statements by 28 actors, Ghana and Portugal chairing", () => {
    const result = parsed();
    expect(result.chairs.map((c) => c.key)).toEqual(["GHA", "PRT"]);
    expect(result.statements).toHaveLength(29);
    expect(new Set(result.statements.map((s) => s.speaker?.key)).size).toBe(28);
    expect(result.statements.every((s) => s.speaker !== null)).toBe(true);
  });

  it("matches speakers by alias: DR Congo, Lao PDR, the CMC and the UN IACG-MA", () => {
    const keys = parsed().statements.map((s) => `${s.speakerText}=${s.speaker?.key}`);
    expect(keys).toEqual(expect.arrayContaining(["DR Congo=COD", "Lao PDR=LAO", "CMC=CMC", "UN Inter-Agency Coordination Group on Mine Action=IACG"]));
  });

  it("treats a state approached by a speaker as a target, not a speaker, with a positive outcome", () => {
    const bulgaria = statementOf("BGR");
    expect(bulgaria.contacts).toEqual([expect.objectContaining({ targetText: "Georgia", outcome: "POSITIVE" })]);
    expect(bulgaria.contacts[0].target?.key).toBe("GEO");
    expect(parsed().statements.some((s) => s.speaker?.key === "GEO")).toBe(false);
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
    const pledge = (key: string) => statementOf(key).pledges.map((p) => `${p.kind}${p.treatyAction ? `/${p.treatyAction}` : ""} ${p.due?.text ?? "-"}`);
    expect(pledge("COD")).toEqual(["TREATY_ACTION/DEPOSIT very soon"]);
    expect(pledge("TGO")).toEqual(["HOST_EVENT 22-23 May"]);
    expect(statementOf("TGO").pledges[0].due).toMatchObject({ earliest: "2013-05-22", latest: "2013-05-23" });
    expect(pledge("FRA")).toEqual(["OUTREACH as of mid-2013"]);
    expect(pledge("CAN")).toEqual(["DOMESTIC_STEP this Spring"]);
    expect(pledge("ICRC")).toEqual(["HOST_EVENT June", "HOST_EVENT August"]);
    expect(statementOf("ICRC").pledges.map((p) => p.text)).toEqual(["upcoming regional meetings on IHL in Nairobi (June)", "upcoming regional meetings on IHL in Pretoria (August)"]);
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
    const result = parseSessionSummary("*States Parties*\n\n**Atlantis** said it will host a workshop in June.", actors(), "2013-04-18");
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ speakerText: "Atlantis", speaker: null, sectionHint: "STATE_PARTY" });
    expect(result.statements[0].pledges[0]).toMatchObject({ kind: "HOST_EVENT", due: expect.objectContaining({ earliest: "2013-06-01", latest: "2013-06-30" }) });
  });

  it("reads « » and straight quotes too", () => {
    const result = parseSessionSummary('**France** said « nous serons prêts » and "soon enough".', actors(), "2013-04-18");
    expect(result.statements[0].quotes).toEqual(["nous serons prêts", "soon enough"]);
  });
});
