import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "i18n-iso-countries";
import coarse from "world-atlas/countries-110m.json";
import fine from "world-atlas/countries-10m.json";

import { MAP_HEIGHT, MAP_WIDTH, MARKER_PREFIX } from "./constants";

export { MAP_HEIGHT, MAP_WIDTH, MARKER_PREFIX, OUTLINES_FILE } from "./constants";

export interface MapOutline {
  /** The state's ISO 3166-1 alpha-3 code, or `x<n>` for a territory without one (e.g. Somaliland): drawn without a status. */
  id: string;
  d: string;
}

export interface MapMarker {
  /** The state's ISO3 code. */
  iso3: string;
  cx: number;
  cy: number;
}

export interface MapDrawing {
  outlines: MapOutline[];
  markers: MapMarker[];
}

/** Below this projected area (square map units) an outline is too small to see, hover or click: the state gets a marker. */
const SMALLEST_OUTLINE_AREA = 6.5;
export const MARKER_RADIUS = 3.5;
/** Markers never overlap: neighbours such as the Windward Islands are pushed apart, by as little as needed. */
const MARKER_GAP = 0.8;

function countriesOf(atlas: unknown): FeatureCollection {
  const topology = atlas as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}

function iso3Of(f: Feature): string {
  return f.id ? (countries.numericToAlpha3(String(f.id)) ?? "") : "";
}

function spreadApart(markers: MapMarker[]): MapMarker[] {
  const placed = markers.map((m) => ({ ...m }));
  const least = 2 * MARKER_RADIUS + MARKER_GAP;
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        const dx = b.cx - a.cx || 0.01 * (j - i);
        const dy = b.cy - a.cy;
        const distance = Math.hypot(dx, dy);
        if (distance >= least) continue;
        const push = (least - distance) / 2 / distance;
        a.cx -= dx * push;
        a.cy -= dy * push;
        b.cx += dx * push;
        b.cy += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const inside = (v: number, max: number) => Math.min(max - MARKER_RADIUS, Math.max(MARKER_RADIUS, v));
  return placed.map((m) => ({ iso3: m.iso3, cx: Math.round(inside(m.cx, MAP_WIDTH) * 10) / 10, cy: Math.round(inside(m.cy, MAP_HEIGHT) * 10) / 10 }));
}

function markerAt(projection: GeoProjection, iso3: string, shape: Feature): MapMarker {
  const [cx, cy] = projection(geoCentroid(shape)) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  return { iso3, cx, cy };
}

/**
 * Country outlines (Natural Earth 1:110m, shipped in the npm package), projected for the dashboard's map, and a marker
 * for each of `stateCodes` whose outline is missing at that scale or too small to point at (the Pacific and Caribbean
 * island states, the European microstates), placed at the centre of its 1:10m outline.
 */
export function projectMap(stateCodes: readonly string[]): MapDrawing {
  const coarseCountries = countriesOf(coarse);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], coarseCountries);
  const path = geoPath(projection).digits(1);
  const outlines: MapOutline[] = [];
  const seen = new Map<string, number>();
  coarseCountries.features.forEach((f, i) => {
    const d = path(f);
    if (!d) return;
    const iso3 = iso3Of(f);
    outlines.push({ id: iso3 || `x${i}`, d });
    if (iso3) seen.set(iso3, path.area(f));
  });
  const fineShapes = new Map(countriesOf(fine).features.map((f) => [iso3Of(f), f]));
  const markers = stateCodes
    .filter((iso3) => (seen.get(iso3) ?? 0) < SMALLEST_OUTLINE_AREA)
    .map((iso3) => {
      const shape = fineShapes.get(iso3);
      if (!shape) throw new Error(`No outline of ${iso3} in world-atlas, even at 1:10m`);
      return markerAt(projection, iso3, shape);
    });
  return { outlines, markers: spreadApart(markers) };
}

/**
 * One SVG file of every outline and marker, each referenced from the page by `<use href="…#FRA">` (a marker's id is
 * `m-` and its code): fetched once and cached by the browser instead of travelling in every dashboard response.
 * No fill or stroke here, so that each `<use>` colours its state.
 */
export function mapSvg({ outlines, markers }: MapDrawing): string {
  const paths = outlines.map((o) => `<path id="${o.id}" d="${o.d}"/>`);
  const circles = markers.map((m) => `<circle id="${MARKER_PREFIX}${m.iso3}" cx="${m.cx}" cy="${m.cy}" r="${MARKER_RADIUS}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">\n${[...paths, ...circles].join("\n")}\n</svg>\n`;
}
