export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** Where the outlines are served from (public/), relative to the project root. */
export const OUTLINES_FILE = "public/map/outlines.svg";

/** A marker's id in the outlines file: this prefix and the state's ISO3 code. */
export const MARKER_PREFIX = "m-";
