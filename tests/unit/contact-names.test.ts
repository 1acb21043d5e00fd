import { describe, expect, it } from "vitest";
import { localActors, localContactNames, localStates } from "@/lib/domain/contact-names";

const states = [
  { iso3: "ECU", name: "Ecuador" },
  { iso3: "EGY", name: "Egypt" },
  { iso3: "DEU", name: "Germany" },
  { iso3: "ZMB", name: "Zambia" },
];

describe("states and actors named in the reader's language", () => {
  it("names states in French and Spanish and sorts them as a reader of that language does; English stays as stored", () => {
    expect(localStates(states, "fr").map((s) => s.name)).toEqual(["Allemagne", "Égypte", "Équateur", "Zambie"]);
    expect(localStates(states, "es").map((s) => s.name)).toEqual(["Alemania", "Ecuador", "Egipto", "Zambia"]);
    expect(localStates(states, "en")).toEqual(states);
  });

  it("keeps organisations first and their names as written", () => {
    const actors = [
      { id: "1", name: "Germany", kind: "STATE", stateIso3: "DEU" },
      { id: "2", name: "Universalization co-coordinators", kind: "ORGANISATION", stateIso3: null },
      { id: "3", name: "Egypt", kind: "STATE", stateIso3: "EGY" },
    ];
    expect(localActors(actors, "fr").map((a) => a.name)).toEqual(["Universalization co-coordinators", "Allemagne", "Égypte"]);
  });

  it("names a contact's actor, targets and pledge makers, and leaves what users wrote alone", () => {
    const contact = {
      summary: "Germany said yes",
      actor: { name: "Germany", stateIso3: "DEU" },
      targets: [
        { iso3: "ZMB", name: "Zambia" },
        { iso3: "EGY", name: "Egypt" },
      ],
      pledges: [
        { actor: "Ecuador", actorIso3: "ECU", text: "Ratify" },
        { actor: "ICBL", actorIso3: null, text: "Help" },
      ],
    };
    const french = localContactNames(contact, "fr");
    expect(french.actor.name).toBe("Allemagne");
    expect(french.targets.map((t) => t.name)).toEqual(["Égypte", "Zambie"]);
    expect(french.pledges.map((p) => p.actor)).toEqual(["Équateur", "ICBL"]);
    expect(french.summary).toBe("Germany said yes");
  });
});
