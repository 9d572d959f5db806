/**
 * Autocomplete over the extractor's own knowledge: the cities (with their zones) and the office
 * holders it ships, so the event form can offer what the extractor would recognise.
 */
import { getGazetteer } from './people/gazetteer';
import { getPlaceIndex, splitKey } from './places/place-index';

export interface KnownPlace {
  city: string;
  country: string;
  timezone: string;
}

export interface KnownPerson {
  name: string;
  role: string | null;
  organization: string | null;
  country: string | null;
}

const folded = (query: string) => splitKey(query).join(' ');

/** Cities whose name or any of its spellings starts with the query ("Pech" finds Beijing). */
export function searchKnownPlaces(query: string, limit = 10): KnownPlace[] {
  const needle = folded(query);
  if (!needle) return [];
  const found = new Map<string, KnownPlace>();
  for (const candidates of getPlaceIndex().byFirst.values()) {
    for (const { tokens, entry } of candidates) {
      if (entry.type !== 'city' || !tokens.join(' ').startsWith(needle)) continue;
      found.set(entry.city.name, { city: entry.city.name, country: entry.city.country, timezone: entry.city.zone });
      if (found.size >= limit) return [...found.values()];
    }
  }
  return [...found.values()];
}

/** Office holders whose name or alias contains the query. */
export function searchKnownPeople(query: string, limit = 10): KnownPerson[] {
  const needle = folded(query);
  if (needle.length < 2) return [];
  const found = new Map<string, KnownPerson>();
  for (const candidates of getGazetteer().byFirst.values()) {
    for (const { tokens, entry } of candidates) {
      if (!tokens.join(' ').includes(needle)) continue;
      found.set(entry.name, { name: entry.name, role: entry.role, organization: entry.organization, country: entry.country });
      if (found.size >= limit) return [...found.values()];
    }
  }
  return [...found.values()];
}

/**
 * Codes of the countries whose code is the query ("us") or whose name in any of the five languages
 * starts with it ("Stati", "Vereinigte", "United States"), each once.
 */
export function searchKnownCountries(query: string, limit = 10): string[] {
  const needle = folded(query);
  if (!needle) return [];
  const found = new Set<string>();
  const code = query.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && getPlaceIndex().countries.has(code)) found.add(code);
  for (const candidates of getPlaceIndex().byFirst.values()) {
    for (const { tokens, entry } of candidates) {
      if (entry.type !== 'country' || !tokens.join(' ').startsWith(needle)) continue;
      found.add(entry.country.code);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
