import { readFileSync } from "node:fs";
import path from "node:path";
import { buildReferenceStates, validateReferenceStates, type ReferenceState } from "@/lib/domain/reference-data";

const DATA_DIR = path.join(process.cwd(), "prisma", "data");

/** The project's copy of the reference data, validated: the seed never loads an inconsistent row. */
export function loadReferenceStates(dataDir: string = DATA_DIR): ReferenceState[] {
  const read = (file: string) => readFileSync(path.join(dataDir, file), "utf8");
  const states = buildReferenceStates(read("ccm_states.csv"), read("regions.csv"), read("aliases.csv"));
  const problems = validateReferenceStates(states);
  if (problems.length > 0) {
    throw new Error(`Reference data is inconsistent:\n${problems.map((p) => `  ${p.iso3}: ${p.message}`).join("\n")}`);
  }
  return states;
}
