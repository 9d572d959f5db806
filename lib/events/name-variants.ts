/** A saved person as a name lookup sees them: the canonical name, the slug of their page, other spellings. */
export interface SavedName {
  name: string;
  slug: string;
  aliases?: string[];
}

/**
 * What a name in a draft is among saved people (issue 15): `saved` when it is a saved person's
 * name or alias as written (its page exists), `suggestion` when it is likely a spelling variant of
 * exactly one saved person (the same once accents, case and hyphens are folded, or a surname alone
 * that is the surname of one saved person only).
 */
export interface SavedNameMatch {
  saved: SavedName | null;
  suggestion: SavedName | null;
}

/** "Jean-Noël  BARROT" -> "jean noel barrot": accents, case, hyphens and spacing folded away. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The last word of a folded name: "Santiago Peña" -> "pena". */
export function foldedSurname(name: string): string {
  return foldName(name).split(' ').at(-1) ?? '';
}

const sameAsWritten = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const spellings = (person: SavedName) => [person.name, ...(person.aliases ?? [])];

/** The name among saved people: saved as written, a likely spelling variant of one of them, or neither. */
export function matchSavedName(name: string, people: SavedName[]): SavedNameMatch {
  const folded = foldName(name);
  if (!folded) return { saved: null, suggestion: null };
  const saved = people.find((person) => spellings(person).some((spelling) => sameAsWritten(spelling, name)));
  if (saved) return { saved, suggestion: null };
  const variant = people.find((person) => spellings(person).some((spelling) => foldName(spelling) === folded));
  if (variant) return { saved: null, suggestion: variant };
  if (folded.includes(' ')) return { saved: null, suggestion: null };
  // A surname alone: suggested only when exactly one saved person (with more than a surname) bears it.
  const bearers = people.filter((person) => foldName(person.name).includes(' ') && foldedSurname(person.name) === folded);
  const unique = new Set(bearers.map((person) => person.slug));
  return { saved: null, suggestion: unique.size === 1 ? bearers[0] : null };
}
