/**
 * An itinerary on a world map, drawn offline: Natural Earth's countries (world-atlas, 1:110m)
 * projected with d3-geo into SVG path data, the countries visited shaded, each stop a point at
 * its town (GeoNames, through the gazetteer) or its country's centre, and the trips between
 * consecutive stops as great-circle arcs in date order. Pure apart from the data it loads once.
 */
import { geoCentroid, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import isoCountries from 'i18n-iso-countries';
import { capitalLocation, townLocation } from '../extract/places/world-towns';
import { capitalOf } from '../extract/places/place-index';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface MapStop {
  eventId: number;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  city: string | null;
  country: string;
}

export interface ProjectedStop extends MapStop {
  x: number;
  y: number;
}

export interface ItineraryMap {
  /** every country's outline, as SVG path data */
  land: string;
  /** the visited countries' outlines */
  visited: string;
  stops: ProjectedStop[];
  /** one great-circle arc per trip from a stop to the next */
  arcs: string[];
}

interface World {
  projection: GeoProjection;
  land: string;
  byNumeric: Map<string, Feature<Geometry>>;
}

let world: World | null = null;

/** The basemap, projected once per process: the same for every map. */
function loadWorld(): World {
  if (world) return world;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const byNumeric = new Map(collection.features.map((f) => [String(f.id), f]));
  world = { projection, land: path(collection) ?? '', byNumeric };
  return world;
}

function countryFeature(code: string): Feature<Geometry> | undefined {
  const numeric = isoCountries.alpha2ToNumeric(code);
  return numeric ? loadWorld().byNumeric.get(numeric) : undefined;
}

/** Longitude and latitude of a stop: its town, else its country's centre; null for neither. */
function locate(stop: MapStop): [number, number] | null {
  // The capital by the gazetteer's own name for it, which GeoNames may spell otherwise.
  const capital = stop.city && capitalOf(stop.country)?.name === stop.city ? capitalLocation(stop.country) : null;
  const town = capital ?? (stop.city ? townLocation(stop.city, stop.country) : null);
  if (town) return [town.lon, town.lat];
  const shape = countryFeature(stop.country);
  return shape ? geoCentroid(shape) : null;
}

/** The map of these stops, in the order given (date order). */
export function buildItineraryMap(stops: MapStop[]): ItineraryMap {
  const { projection, land } = loadWorld();
  const path = geoPath(projection);
  const located = stops.map((s) => ({ stop: s, at: locate(s) })).filter((s): s is { stop: MapStop; at: [number, number] } => s.at !== null);
  const visitedShapes = [...new Set(stops.map((s) => s.country))].map(countryFeature).filter((f): f is Feature<Geometry> => !!f);
  const arcs: string[] = [];
  for (let i = 1; i < located.length; i++) {
    const [a, b] = [located[i - 1].at, located[i].at];
    if (a[0] === b[0] && a[1] === b[1]) continue;
    const d = path({ type: 'LineString', coordinates: [a, b] });
    if (d) arcs.push(d);
  }
  const projected = located.map(({ stop, at }) => {
    const [x, y] = projection(at) ?? [0, 0];
    return { ...stop, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return { land, visited: path({ type: 'FeatureCollection', features: visitedShapes }) ?? '', stops: projected, arcs };
}

interface Placed {
  id: number;
  parentId: number | null;
  kind: string;
  status: string;
  title: string;
  startDate: string;
  city: string | null;
  country: string | null;
}

/** The stops of an itinerary: events with a country, on their own (not a visit's meetings), neither calls nor cancelled, in date order. */
export function mapStopsOf(events: Placed[]): MapStop[] {
  return events
    .filter((e) => e.country && e.parentId === null && e.kind !== 'call' && e.status !== 'cancelled')
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id)
    .map((e) => ({ eventId: e.id, title: e.title, date: e.startDate, city: e.city, country: e.country! }));
}
