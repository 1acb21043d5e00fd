import { describe, expect, it } from "vitest";
import { localActors, localPledgeNames } from "@/lib/domain/pledge-names";

const actors = [
  { id: "o", name: "ICRC", kind: "ORGANISATION", stateIso3: null },
  { id: "e", name: "Ecuador", kind: "STATE", stateIso3: "ECU" },
  { id: "g", name: "Germany", kind: "STATE", stateIso3: "DEU" },
  { id: "t", name: "Chad", kind: "STATE", stateIso3: "TCD" },
];

describe("actor and pledge names in the reader's language", () => {
  it("keeps organisations first and sorts states by their French name, accents folded", () => {
    expect(localActors(actors, "fr").map((a) => a.name)).toEqual(["ICRC", "Allemagne", "Équateur", "Tchad"]);
  });

  it("leaves English lists exactly as they were", () => {
    expect(localActors(actors, "en")).toEqual(actors);
  });

  it("names who made a pledge and its target states in Spanish, an organisation as it calls itself", () => {
    const pledge = { id: "p", actor: { name: "Chad", stateIso3: "TCD" }, targets: [{ iso3: "DEU", name: "Germany" }] };
    expect(localPledgeNames(pledge, "es")).toMatchObject({ actor: { name: "Chad" }, targets: [{ name: "Alemania" }] });
    const byOrganisation = { ...pledge, actor: { name: "ICRC", stateIso3: null } };
    expect(localPledgeNames(byOrganisation, "fr").actor.name).toBe("ICRC");
  });
});
