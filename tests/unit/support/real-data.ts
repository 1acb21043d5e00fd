import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildReferenceStates, type ReferenceState } from "@/lib/domain/reference-data";

const DATA_DIR = fileURLToPath(new URL("../../../prisma/data/", import.meta.url));

export function readDataFile(name: "ccm_states.csv" | "regions.csv" | "aliases.csv"): string {
  return readFileSync(path.join(DATA_DIR, name), "utf8");
}

let cached: ReferenceState[] | undefined;

/** The real seed data, joined exactly as the seed joins it. */
export function realStates(): ReferenceState[] {
  cached ??= buildReferenceStates(readDataFile("ccm_states.csv"), readDataFile("regions.csv"), readDataFile("aliases.csv"));
  return cached;
}

export function realState(iso3: string): ReferenceState {
  const state = realStates().find((s) => s.iso3 === iso3);
  if (!state) throw new Error(`no state ${iso3} in prisma/data/ccm_states.csv`);
  return state;
}
