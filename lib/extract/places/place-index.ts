/**
 * Lookup of place names (cities, countries, landmarks) by folded token sequence, built on first
 * use so module load stays cheap.
 */
import { CITIES } from './data/cities';
import { VENUES } from './data/venues';
import { COUNTRIES } from './data/countries';
import { worldCountryLines } from './data/world-countries';
import { worldCapitalOf } from './world-towns';
import { LANDMARKS } from './data/landmarks';
import { NATIONALITIES } from './data/nationalities';
import { foldKey } from '../text/fold-text';
import type { City, Country, PlaceEntry } from './place-types';


export interface PlaceIndex {
  /** first folded token -> candidate names (folded token arrays), longest first */
  byFirst: Map<string, Array<{ tokens: string[]; entry: PlaceEntry; exactCase?: string }>>;
  cities: Map<string, City>;
  countries: Map<string, Country>;
}

let index: PlaceIndex | null = null;

export function splitKey(name: string): string[] {
  return foldKey(name)
    .replace(/['’]/g, "' ")
    .replace(/,/g, ' ')
    .split(/[\s]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter(Boolean);
}

export function getPlaceIndex(): PlaceIndex {
  if (index) return index;
  const byFirst: PlaceIndex['byFirst'] = new Map();
  const cities = new Map<string, City>();
  const countries = new Map<string, Country>();
  const add = (name: string, entry: PlaceEntry) => {
    const tokens = splitKey(name);
    if (!tokens.length) return;
    const list = byFirst.get(tokens[0]) ?? [];
    // Upper-case abbreviations ("US", "UK") must keep their case to avoid "us", "uk" words.
    const exactCase = /^[A-Z.]{2,5}$/.test(name) ? name.replace(/\./g, '') : undefined;
    list.push({ tokens, entry, exactCase });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirst.set(tokens[0], list);
  };
  for (const line of [...CITIES, ...VENUES]) {
    const [name, cc, zone, aliases] = line.split('|');
    const city: City = { name, country: cc, zone };
    cities.set(name, city);
    add(name, { type: 'city', city });
    for (const a of (aliases ?? '').split(';')) if (a) add(a, { type: 'city', city });
  }
  const listed = new Set(COUNTRIES.map((line) => line.slice(0, 2)));
  for (const line of [...COUNTRIES, ...worldCountryLines(listed)]) {
    const [code, capital, names] = line.split('|');
    const country: Country = { code, capital };
    countries.set(code, country);
    for (const n of names.split(';')) if (n) add(n, { type: 'country', country });
  }
  for (const line of LANDMARKS) {
    const [names, cityName] = line.split('|');
    // A generic seat without a default city still needs a city object; the dateline supplies the real one.
    const city = cities.get(cityName) ?? { name: '', country: '', zone: '' };
    for (const n of names.split(';')) {
      const generic = n.startsWith('!');
      const name = generic ? n.slice(1) : n;
      if (name) add(name, { type: 'landmark', city, name, generic });
    }
  }
  index = { byFirst, cities, countries };
  return index;
}

/** Nationality stems by their first three letters, longest first (the people finder asks for every word). */
let nationalityStems: Map<string, Array<[string, string]>> | null = null;

/** The country a folded word's nationality adjective names ("francese", "polnischen"), or null. */
export function countryOfAdjective(word: string): string | null {
  if (!nationalityStems) {
    nationalityStems = new Map();
    for (const line of NATIONALITIES) {
      const [code, stems] = line.split('|');
      for (const s of stems.split(';')) if (s) (nationalityStems.get(s.slice(0, 3)) ?? nationalityStems.set(s.slice(0, 3), []).get(s.slice(0, 3))!).push([s, code]);
    }
    for (const list of nationalityStems.values()) list.sort((a, b) => b[0].length - a[0].length);
  }
  if (word.length < 4) return null;
  for (const [stem, code] of nationalityStems.get(word.slice(0, 3)) ?? []) if (word.startsWith(stem)) return code;
  return null;
}

/** The country a single folded word names ("frankreich", "francia"), or null. */
export function countryOfName(word: string): string | null {
  const hit = getPlaceIndex().byFirst.get(word)?.find((c) => c.tokens.length === 1 && c.entry.type === 'country' && !c.exactCase);
  return hit?.entry.type === 'country' ? hit.entry.country.code : null;
}

/** The country a German genitive names ("frankreichs", "deutschlands"), or null. */
export function countryOfGenitive(word: string): string | null {
  return word.length > 4 && word.endsWith('s') ? countryOfName(word.slice(0, -1)) : null;
}

export function zoneOfCountry(code: string | null): string | null {
  if (!code) return null;
  const idx = getPlaceIndex();
  const c = idx.countries.get(code);
  if (c?.capital) return idx.cities.get(c.capital)?.zone ?? null;
  for (const city of idx.cities.values()) if (city.country === code) return city.zone;
  return c ? worldCapitalOf(code)?.zone ?? null : null;
}

export function capitalOf(code: string): City | null {
  const idx = getPlaceIndex();
  const c = idx.countries.get(code);
  if (!c) return null;
  return c.capital ? idx.cities.get(c.capital) ?? null : worldCapitalOf(code);
}

export function findCityByName(name: string): City | null {
  const tokens = splitKey(name);
  const list = getPlaceIndex().byFirst.get(tokens[0] ?? '') ?? [];
  for (const cand of list) if (cand.entry.type === 'city' && cand.tokens.join(' ') === tokens.join(' ')) return cand.entry.city;
  return null;
}
