// `npx tsx scripts/map-outlines.ts`: writes the dashboard map's outlines (public/map/outlines.svg) from the
// world-atlas package. Run it after upgrading world-atlas or changing the projection; a unit test fails while the
// committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { OUTLINES_FILE, outlinesSvg, projectOutlines } from "@/features/treaty-status/map/outlines";

writeFileSync(OUTLINES_FILE, outlinesSvg(projectOutlines()));
console.log(`Wrote ${OUTLINES_FILE}.`);
