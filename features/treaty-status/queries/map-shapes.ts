import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { MARKER_PREFIX, OUTLINES_FILE } from "@/features/treaty-status/map/constants";

export { MAP_HEIGHT, MAP_WIDTH } from "@/features/treaty-status/map/constants";

export interface MapOutlines {
  /** The outlines file, versioned by its content so that browsers may keep it for a year. */
  href: string;
  /** The outlines' ids in drawing order: a state's ISO3 code, or `x<n>` for a territory without one. */
  ids: string[];
  /** The states drawn as a marker (`m-` and the code in the file), on top of the outlines. */
  markers: string[];
}

let cached: MapOutlines | undefined;

/** Read once per server process. */
export function mapOutlines(): MapOutlines {
  if (cached) return cached;
  const file = readFileSync(path.join(process.cwd(), OUTLINES_FILE), "utf8");
  cached = {
    href: `/map/outlines.svg?v=${createHash("sha256").update(file).digest("hex").slice(0, 12)}`,
    ids: [...file.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]),
    markers: [...file.matchAll(new RegExp(`<circle id="${MARKER_PREFIX}([A-Z]{3})"`, "g"))].map((m) => m[1]),
  };
  return cached;
}
