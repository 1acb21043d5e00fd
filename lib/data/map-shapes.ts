import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "i18n-iso-countries";
import atlas from "world-atlas/countries-110m.json";

export interface MapShape {
  iso3: string;
  d: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

let cached: MapShape[] | undefined;

/**
 * Country outlines projected once per server process (Natural Earth 1:110m, shipped in the npm package).
 * Territories without an ISO code (e.g. Somaliland) are drawn without a status.
 */
export function mapShapes(): MapShape[] {
  if (cached) return cached;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection).digits(1);
  cached = collection.features.flatMap((f) => {
    const d = path(f);
    if (!d) return [];
    const iso3 = f.id ? (countries.numericToAlpha3(String(f.id)) ?? "") : "";
    return [{ iso3, d }];
  });
  return cached;
}
