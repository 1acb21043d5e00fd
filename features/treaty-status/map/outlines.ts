import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "i18n-iso-countries";
import atlas from "world-atlas/countries-110m.json";

import { MAP_HEIGHT, MAP_WIDTH } from "./constants";

export { MAP_HEIGHT, MAP_WIDTH, OUTLINES_FILE } from "./constants";

export interface MapOutline {
  /** The state's ISO 3166-1 alpha-3 code, or `x<n>` for a territory without one (e.g. Somaliland): drawn without a status. */
  id: string;
  d: string;
}

/** Country outlines (Natural Earth 1:110m, shipped in the npm package), projected for the dashboard's map. */
export function projectOutlines(): MapOutline[] {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection).digits(1);
  return collection.features.flatMap((f, i) => {
    const d = path(f);
    if (!d) return [];
    const iso3 = f.id ? (countries.numericToAlpha3(String(f.id)) ?? "") : "";
    return [{ id: iso3 || `x${i}`, d }];
  });
}

/**
 * One SVG file of every outline, each a `<path id>` referenced from the page by `<use href="…#FRA">`: the outlines are
 * fetched once and cached by the browser instead of travelling in every dashboard response (twice: HTML and React data).
 * No fill or stroke here, so that each `<use>` colours its state.
 */
export function outlinesSvg(outlines: MapOutline[]): string {
  const paths = outlines.map((o) => `<path id="${o.id}" d="${o.d}"/>`).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">\n${paths}\n</svg>\n`;
}
