/**
 * Place mentions in token order: cities, countries and landmarks in any of the five languages.
 * Country and city names must be capitalised in the text; upper-case codes ("US") must match case.
 */
import type { Token } from '../text/tokenize';
import { getPlaceIndex, type PlaceEntry } from './place-index';

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
      const endIdx = matchAt(tokens, i, cand.tokens);
      if (endIdx < 0) continue;
      if (cand.exactCase && tokens[i].text.replace(/\./g, '') !== cand.exactCase) continue;
      const last = tokens[endIdx - 1];
      out.push({ start: t.start, end: last.end, tokenStart: i, tokenEnd: endIdx, entry: cand.entry });
      i = endIdx - 1;
      break;
    }
  }
  return out;
}

/** One past the last matched token, or -1. */
function matchAt(tokens: Token[], i: number, keys: string[]): number {
  let ti = i;
  for (const k of keys) {
    const tok = tokens[ti];
    if (!tok) return -1;
    if (tok.key !== k) {
      // "L'Aia" is tokenised as "l", "'", "aia": skip the apostrophe token.
      if (k.endsWith("'") && tok.key === k.slice(0, -1) && tokens[ti + 1]?.key === "'") {
        ti += 2;
        continue;
      }
      return -1;
    }
    ti++;
  }
  return ti;
}
