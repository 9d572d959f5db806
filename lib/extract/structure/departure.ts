import type { Lexicon } from '../lexicon/lexicon';
import type { PhraseHit } from '../text/phrase-matcher';

const leavePlacePatterns = new Map<string, RegExp>();

/** The words right before a place that make it the origin of a departure ("departed Abuja", "ha lasciato Roma"). */
export function leavePlacePattern(lex: Lexicon): RegExp {
  let pattern = leavePlacePatterns.get(lex.lang);
  if (!pattern) {
    const verbs = lex.leavePlace.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(`(?:^|\\s)(${verbs})\\s+(?:the|il|lo|la|l'|el|le|les|die|den|das|der)?\\s*$`);
    leavePlacePatterns.set(lex.lang, pattern);
  }
  return pattern;
}

/** "for", "per", "pour", "nach", "para": after the origin, the way to the destination (a few words may come between). */
const TOWARDS = /^\s*,?\s*(?:[\p{L}.]+\s+){0,3}?(?:for|per|pour|nach|para|hacia|in richtung|alla volta di|rumbo a|a destination de|en direction de|con destino a)\s/u;

/**
 * "President Tinubu on Monday departed Abuja for Ankara", "Mattarella ha lasciato Roma lunedì per
 * Parigi": a verb of leaving with its origin and a destination after it is travel, even when the
 * verb alone ("left") is too common a word to be a travel trigger. Returns the travel hits to add.
 */
export function departureTravelHits(folded: string, places: Array<{ start: number; end: number }>, lex: Lexicon): PhraseHit[] {
  const pattern = leavePlacePattern(lex);
  const hits: PhraseHit[] = [];
  for (const place of places) {
    const before = folded.slice(Math.max(0, place.start - 30), place.start);
    const verb = pattern.exec(before);
    if (!verb || !TOWARDS.test(folded.slice(place.end, place.end + 45))) continue;
    const start = place.start - before.length + verb.index + verb[0].indexOf(verb[1]);
    hits.push({ start, end: start + verb[1].length, phrase: verb[1] });
  }
  return hits;
}
