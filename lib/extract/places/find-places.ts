/**
 * Place mentions in token order: cities, countries and landmarks in any of the five languages.
 * Country and city names must be capitalised in the text; upper-case codes ("US") must match case.
 */
import type { Token } from '../text/tokenize';
import { matchTokens } from '../text/match-tokens';
import { getPlaceIndex, zoneOfCountry, type PlaceEntry } from './place-index';

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
  return addTownsBeforeCountries(tokens, out);
}

const LOCATIVES = new Set(['in', 'at', 'a', 'ad', 'à', 'en', 'nach', 'im', 'to']);

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
