/**
 * Place mentions in token order: cities, countries and landmarks in any of the five languages.
 * Country and city names must be capitalised in the text; upper-case codes ("US") must match case.
 */
import type { Token } from '../text/tokenize';
import { matchTokens } from '../text/match-tokens';
import { capitalOf, countryOfAdjective, getPlaceIndex, zoneOfCountry } from './place-index';
import type { City, PlaceEntry } from './place-types';
import { foldText } from '../text/fold-text';
import { findWorldTown } from './world-towns';
import { isGivenName } from '../people/given-names';

export interface PlaceMention {
  start: number;
  end: number;
  /** index of the first and one past the last token */
  tokenStart: number;
  tokenEnd: number;
  entry: PlaceEntry;
}

export function findPlaces(tokens: Token[]): PlaceMention[] {
  const idx = getPlaceIndex();
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap && !t.num) continue;
    const cands = idx.byFirst.get(t.key);
    if (!cands) continue;
    for (const cand of cands) {
      const endIdx = matchTokens(tokens, i, cand.tokens);
      if (endIdx < 0) continue;
      if (cand.exactCase && tokens[i].text.replace(/\./g, '') !== cand.exactCase) continue;
      const last = tokens[endIdx - 1];
      out.push({ start: t.start, end: last.end, tokenStart: i, tokenEnd: endIdx, entry: cand.entry });
      i = endIdx - 1;
      break;
    }
  }
  return addTownsBeforeCountries(tokens, out).map((p) => capitalNamedAfterCountry(tokens, p));
}

const foldKey = (name: string) => foldText(name).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * "la ciudad de México", "the city of Guatemala", "la ville de Panama": a town noun before a
 * country named like its capital is that capital (Mexico City, Guatemala City, Panama City).
 */
function capitalNamedAfterCountry(tokens: Token[], place: PlaceMention): PlaceMention {
  if (place.entry.type !== 'country') return place;
  const k = place.tokenStart;
  if (!OF_TOWN.has(tokens[k - 1]?.key ?? '') || !TOWN_NOUNS.has(tokens[k - 2]?.key ?? '')) return place;
  const capital = capitalOf(place.entry.country.code);
  const named = tokens.slice(k, place.tokenEnd).map((t) => t.key).join(' ');
  if (!capital || !foldKey(capital.name).startsWith(named)) return place;
  return { ...place, entry: { type: 'city', city: capital } };
}

const LOCATIVES = new Set(['in', 'at', 'a', 'ad', 'à', 'en', 'nach', 'im', 'to']);
/**
 * "the city of Chengdu", "la cittadina di X", "la ciudad de X": nouns naming a town after "of" (not
 * "the airport of X": an airport's town is seldom the stop it serves).
 */
const TOWN_NOUNS = new Set(['city', 'citta', 'ciudad', 'ville', 'town', 'cittadina', 'localidad']);
/**
 * "el aeropuerto de Chengdu", "the airport of Kazan": a city's airport bears its name, a small
 * town's often serves somewhere else (Bern's is at Belp). Only cities of this many people count.
 */
const AIRPORT_NOUNS = new Set(['airport', 'aeroporto', 'aeroport', 'aeropuerto']);
const AIRPORT_CITY_POPULATION = 500_000;
const OF_TOWN = new Set(['of', 'di', 'de', 'du', 'd']);

/**
 * A town missing from the tables but written "in Turnberry, in Scozia" / "à Évian, en France" /
 * "in Kananaskis, Canada": a capitalised word after a locative and before a country becomes a city
 * of that country, on its capital's clock.
 */
function addTownsBeforeCountries(tokens: Token[], found: PlaceMention[]): PlaceMention[] {
  const out = [...found];
  for (const country of found) {
    if (country.entry.type !== 'country') continue;
    let k = country.tokenStart - 1;
    if (tokens[k] && LOCATIVES.has(tokens[k].key)) k--;
    if (!tokens[k] || tokens[k].key !== ',') continue;
    const end = k;
    let start = end;
    while (start - 1 >= 0 && end - start < 3 && tokens[start - 1].cap && !tokens[start - 1].num) start--;
    if (start === end || start - 1 < 0 || !LOCATIVES.has(tokens[start - 1].key)) continue;
    if (found.some((p) => p.tokenStart < end && p.tokenEnd > start)) continue;
    const name = tokens.slice(start, end).map((t) => t.text).join(' ');
    const code = country.entry.country.code;
    out.push({ start: tokens[start].start, end: tokens[end - 1].end, tokenStart: start, tokenEnd: end, entry: { type: 'city', city: { name, country: code, zone: zoneOfCountry(code) ?? 'UTC' } } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lower-case words inside town names: "Mar del Plata", "Bormes-les-Mimosas", "Frankfurt am Main". */
const TOWN_PARTICLES = new Set(['del', 'de', 'la', 'le', 'les', 'di', 'da', 'am', 'an', 'der', 'sur', 'en', 'y', 'do', 'dos']);

/** Continents and regions: GeoNames has towns of these names ("Asia" in the Philippines). */
const NOT_TOWNS = new Set(['asia', 'africa', 'afrika', 'afrique', 'europe', 'europa', 'america', 'amerika', 'amerique', 'oceania', 'ozeanien', 'oceanie', 'antarctica', 'antartide', 'arctic', 'artico']);

/** The country a language's reports are written from: its towns win over namesakes abroad ("Cuenca"). */
const HOME_COUNTRY: Record<string, string | undefined> = { it: 'IT', fr: 'FR', de: 'DE', es: 'ES' };

export interface TownContext {
  /** the article's language */
  lang: string;
  /** countries the article names: a town of one of them wins over a larger namesake elsewhere */
  countries: ReadonlySet<string>;
  /** capitalised words that are never places: months, weekdays, words of time */
  stopWords: ReadonlySet<string>;
  /** a single word the people gazetteer knows ("a Trump") is a person, not a town */
  isPersonWord(key: string): boolean;
}

/**
 * Towns the tables do not list, where a place stands: a capitalised name right after a locative
 * ("à Gao", "in Daura", "nach Schleswig", "en Mar del Plata") that the world gazetteer knows.
 */
export function addWorldTowns(tokens: Token[], found: PlaceMention[], ctx: TownContext): PlaceMention[] {
  const out = [...found];
  const taken = (k: number) => found.some((p) => k >= p.tokenStart && k < p.tokenEnd);
  const nameWord = (k: number) => !!tokens[k] && tokens[k].cap && !tokens[k].num && !taken(k) && !ctx.stopWords.has(tokens[k].key);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const airport = OF_TOWN.has(tokens[i].key) && AIRPORT_NOUNS.has(tokens[i - 1]?.key ?? '');
    if (!(LOCATIVES.has(tokens[i].key) || airport || (OF_TOWN.has(tokens[i].key) && TOWN_NOUNS.has(tokens[i - 1]?.key ?? ''))) || !nameWord(i + 1)) continue;
    // The longest run of name words (particles inside), tried longest first.
    const ends: number[] = [];
    let k = i + 1;
    while (k < tokens.length && ends.length < 4) {
      if (nameWord(k)) ends.push(k + 1);
      else if (!(TOWN_PARTICLES.has(tokens[k].key) && nameWord(k + 1))) break;
      k++;
    }
    // A given name and a surname are a person ("a Giorgia Meloni"), not a town; "in British
    // waters" is not a town either, whatever Australia has of that name.
    if ((ends.length >= 2 && isGivenName(tokens[i + 1].key)) || countryOfAdjective(tokens[i + 1].key) || NOT_TOWNS.has(tokens[i + 1].key)) continue;
    for (const end of ends.reverse()) {
      if (end - i - 1 === 1 && ctx.isPersonWord(tokens[i + 1].key)) continue;
      // Only the words of the run, adjacent in the text: a line break or a comma ends a name.
      const run = tokens.slice(i + 1, end);
      if (run.some((t, n) => n > 0 && t.start - run[n - 1].end > 1)) continue;
      const city = findWorldTown(run.map((t) => t.text).join(' '), ctx.countries, HOME_COUNTRY[ctx.lang], airport ? AIRPORT_CITY_POPULATION : 0);
      if (!city) continue;
      out.push({ start: run[0].start, end: run[run.length - 1].end, tokenStart: i + 1, tokenEnd: end, entry: { type: 'city', city } });
      i = end - 1;
      break;
    }
  }
  return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
}

/**
 * The town a dateline opens with ("L’Aquila, 8 lug. (Apcom) –", "DAURA, Nigeria —") when the
 * tables do not list it: the place a wire report was filed from is a town whatever its size.
 */
export function datelineTown(dateline: string, lang: string): City | null {
  const lead = /^[\s"«“]*(\p{Lu}[\p{L}'’.\- ]{1,40}?)\s*(?:[,(/]|\s[-–—])/u.exec(dateline);
  if (!lead) return null;
  const name = lead[1].replace(/’/g, "'");
  const titled = name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase()) : name;
  return findWorldTown(titled, new Set(), HOME_COUNTRY[lang]);
}

