import { countryOfAdjective } from '../places/place-index';

/**
 * The country of a delegation named with its adjective ("la délégation belge", "the Belgian
 * delegation", "die belgische Delegation", "la delegazione italiana"), read in the few words
 * around the delegation noun; null when the noun names no delegation or no country.
 */
export function delegationCountry(folded: string, hit: { start: number; end: number }): string | null {
  if (!/delega|delegat/.test(folded.slice(hit.start, hit.end))) return null;
  const around = folded.slice(Math.max(0, hit.start - 20), hit.end + 20);
  for (const word of around.split(/[^\p{L}]+/u)) {
    const country = countryOfAdjective(word);
    if (country) return country;
  }
  return null;
}
