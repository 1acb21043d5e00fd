// `npx tsx scripts/map-outlines.ts`: writes the dashboard map's outlines and markers (public/map/outlines.svg) from the
// world-atlas package and the reference states. Run it after upgrading world-atlas, changing the projection or adding
// a state; a unit test fails while the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { OUTLINES_FILE, mapSvg, projectMap } from "@/features/treaty-status/map/outlines";
import { loadReferenceStates } from "@/platform/seed/reference";

writeFileSync(OUTLINES_FILE, mapSvg(projectMap(loadReferenceStates().map((s) => s.iso3))));
console.log(`Wrote ${OUTLINES_FILE}.`);
