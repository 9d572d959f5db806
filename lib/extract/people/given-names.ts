/**
 * Given names in the five languages (about 67,000 from gender-detection-from-name's lists), so a
 * person nobody put in the gazetteer is still found where the text names them in full: "Alain
 * Berset", "Gerhard Schröder", "Maja Riniker". Words that are also offices, particles or
 * capitalised common words ("Premier", "General", "Santa") are left out.
 */
import en from 'gender-detection-from-name/names/en';
import it from 'gender-detection-from-name/names/it';
import fr from 'gender-detection-from-name/names/fr';
import de from 'gender-detection-from-name/names/de';
import es from 'gender-detection-from-name/names/es';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, TITLE_WORDS } from './title-words';

const NOT_GIVEN = new Set([
  'santa', 'san', 'santo', 'saint', 'sainte', 'sao', 'royal', 'grand', 'gran', 'west', 'east', 'north', 'south', 'bay', 'sir', 'dame', 'lord', 'lady',
  // Given names that are also everyday words of the five languages: "Per Gentiloni, ..." is "for Gentiloni".
  'per', 'con', 'sin', 'dal', 'del', 'les', 'des', 'une', 'ein', 'den', 'via', 'sole', 'ama', 'bella',
  'will', 'may', 'mai', 'august', 'april', 'june', 'july', 'don', 'dona', 'christ', 'christian', 'tag', 'news', 'star', 'sun', 'sky', 'forest', 'river', 'golden',
  'nato', 'otan', 'union', 'china', 'india', 'jordan', 'georgia', 'chad', 'israel', 'kenya', 'paris', 'florence', 'victoria', 'lima', 'sydney', 'austin', 'salvador', 'dallas',
]);

let given: Set<string> | null = null;

function loadGivenNames(): Set<string> {
  const out = new Set<string>();
  for (const names of [en, it, fr, de, es]) {
    for (const raw of names.keys()) {
      const key = raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (key.length < 3 || NOT_GIVEN.has(key) || NOT_NAME_WORDS.has(key) || TITLE_WORDS.has(key) || NAME_PARTICLES.has(key) || HONORIFICS.has(key)) continue;
      out.add(key);
    }
  }
  return out;
}

/** Is this folded word a given name? Hyphenated ones ("jean-noel", "frank-walter") count by their first part. */
export function isGivenName(key: string): boolean {
  given ??= loadGivenNames();
  if (given.has(key)) return true;
  const dash = key.indexOf('-');
  return dash > 2 && given.has(key.slice(0, dash));
}
