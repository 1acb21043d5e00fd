export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** Where the outlines are served from (public/), relative to the project root. */
export const OUTLINES_FILE = "public/map/outlines.svg";
