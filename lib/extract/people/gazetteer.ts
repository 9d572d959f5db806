/**
 * The built-in gazetteer of office holders plus the caller's extra people (e.g. those saved in
 * the database), indexed by the folded tokens of every alias.
 */
import { EUROPE } from './data/europe';
import { AMERICAS } from './data/americas';
import { ASIA_PACIFIC } from './data/asia-pacific';
import { MIDDLE_EAST_AFRICA } from './data/middle-east-africa';
import { ORGANISATIONS } from './data/organisations';
import { OFFICE_HOLDERS, type OfficeKind, type OfficeTerm } from './office-history';
import { termAt } from './office-history/office-at';
import { distance } from 'fastest-levenshtein';
import { splitKey } from '../places/place-index';

/** An extra person for the gazetteer: a name, its other spellings and the office held. */
export interface GazetteerPerson {
  name: string;
  aliases?: string[];
  role?: string | null;
  organization?: string | null;
  /** ISO 3166-1 alpha-2 */
  country?: string | null;
}

export interface GazetteerEntry {
  name: string;
  role: string | null;
  organization: string | null;
  country: string | null;
  aliases: string[];
  /** dated offices, when the office history knows the person */
  terms?: OfficeTerm[];
}

/** The person's office on `day` (the publication date), from their dated terms when known. */
export function entryAsOf(entry: GazetteerEntry, day: string | null): Pick<GazetteerEntry, 'role' | 'country' | 'organization'> & { office: OfficeKind | null } {
  const term = entry.terms ? termAt(entry.terms, day) : null;
  // For the office held now (or with no day), the hand-kept list of today's holders speaks: its
  // titles are the ones reports use ("Secretary of War"); past offices come from the history.
  if (!term || (entry.role && (!day || term.to === null))) return { role: entry.role, country: entry.country, organization: entry.organization, office: term?.office ?? null };
  return { role: term.role, country: term.country, organization: term.organization, office: term.office };
}

export interface GazetteerIndex {
  byFirst: Map<string, Array<{ tokens: string[]; entry: GazetteerEntry }>>;
}

const SKIP_SURNAME = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'xiv', 'x', 'al', 'bin', 'da', 'de', 'van', 'von', 'der']);
let builtIn: GazetteerIndex | null = null;

function parseLine(line: string): GazetteerEntry {
  const [name, role, country, org, aliases] = line.split('|');
  return { name, role: role || null, country: country || null, organization: org || null, aliases: (aliases ?? '').split(';').filter(Boolean) };
}

/** Today's office list, with each person's dated terms from the office history merged in. */
function builtInEntries(): GazetteerEntry[] {
  const entries = [...EUROPE, ...AMERICAS, ...ASIA_PACIFIC, ...MIDDLE_EAST_AFRICA, ...ORGANISATIONS].map(parseLine);
  const byForm = new Map<string, GazetteerEntry>();
  for (const e of entries) for (const f of [e.name, ...e.aliases]) byForm.set(splitKey(f).join(' '), e);
  for (const h of OFFICE_HOLDERS) {
    const known = [h.name, ...h.aliases].map((f) => byForm.get(splitKey(f).join(' '))).find(Boolean);
    if (known) {
      known.terms = h.terms;
      for (const a of h.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      continue;
    }
    const now = termAt(h.terms, null)!;
    entries.push({ name: h.name, role: now.role, country: now.country, organization: now.organization, aliases: [...h.aliases], terms: h.terms });
  }
  return entries;
}

function surnameOf(name: string): string | null {
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length >= 2 && last.length >= 4 && !SKIP_SURNAME.has(last.toLowerCase().replace(/\.$/, '')) ? splitKey(last).join(' ') : null;
}

/** How many people share each surname: a shared one ("Bush", "Kaczyński") names nobody alone. */
function surnameCounts(entries: GazetteerEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const s = surnameOf(e.name);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function addEntry(index: GazetteerIndex, entry: GazetteerEntry, surnames?: Map<string, number>): void {
  const forms = new Set<string>([entry.name, ...entry.aliases]);
  // The bare surname of a Western-order name ("Rubio") is a form too, when it is distinctive.
  const surname = surnameOf(entry.name);
  const last = entry.name.split(/\s+/).pop()!;
  if (surname && (surnames?.get(surname) ?? 1) === 1) forms.add(last);
  for (const f of forms) {
    const tokens = splitKey(f);
    if (!tokens.length) continue;
    const list = index.byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, entry });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.byFirst.set(tokens[0], list);
  }
}

// Merged indexes by the caller's array: the server's extraction worker passes the same array of
// saved people for as long as the database is unchanged, and merging 3,000 of them took 0.6-0.8 s.
const mergedByExtra = new WeakMap<GazetteerPerson[], GazetteerIndex>();

export function getGazetteer(extra?: GazetteerPerson[]): GazetteerIndex {
  if (!builtIn) {
    builtIn = { byFirst: new Map() };
    const entries = builtInEntries();
    const surnames = surnameCounts(entries);
    for (const entry of entries) addEntry(builtIn, entry, surnames);
  }
  if (!extra || extra.length === 0) return builtIn;
  const known = mergedByExtra.get(extra);
  if (known) return known;
  // Extra people shadow built-in ones with the same first token; copy the lists we touch only.
  const merged: GazetteerIndex = { byFirst: new Map(builtIn.byFirst) };
  for (const p of extra) {
    if (!p || typeof p.name !== 'string' || !p.name.trim()) continue;
    const entry: GazetteerEntry = {
      name: p.name.trim(),
      role: p.role ?? null,
      organization: p.organization ?? null,
      country: p.country ?? null,
      aliases: Array.isArray(p.aliases) ? p.aliases.filter((a) => typeof a === 'string' && a.trim()) : [],
    };
    const forms = new Set([entry.name, ...entry.aliases]);
    const parts = entry.name.split(/\s+/);
    if (parts.length >= 2 && parts[parts.length - 1].length >= 4) forms.add(parts[parts.length - 1]);
    for (const f of forms) {
      const tokens = splitKey(f);
      if (!tokens.length) continue;
      const list = [...(merged.byFirst.get(tokens[0]) ?? [])].filter((c) => c.tokens.join(' ') !== tokens.join(' '));
      list.push({ tokens, entry });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      merged.byFirst.set(tokens[0], list);
    }
  }
  if (Array.isArray(extra)) mergedByExtra.set(extra, merged);
  return merged;
}

const byLastToken = new WeakMap<GazetteerIndex, Map<string, GazetteerEntry[]>>();

function lastTokenIndex(index: GazetteerIndex): Map<string, GazetteerEntry[]> {
  let m = byLastToken.get(index);
  if (!m) {
    m = new Map();
    for (const list of index.byFirst.values())
      for (const c of list) {
        if (c.tokens.length < 2) continue;
        const last = c.tokens[c.tokens.length - 1];
        const entries = m.get(last) ?? [];
        if (!entries.includes(c.entry)) entries.push(c.entry);
        m.set(last, entries);
      }
    byLastToken.set(index, m);
  }
  return m;
}

/** How far two spellings of one name may be apart: one letter in a short word, two in a long one. */
export const closeSpelling = (a: string, b: string) => a[0] === b[0] && distance(a, b) <= (Math.min(a.length, b.length) >= 6 ? 2 : 1);

/**
 * The known person a lone surname spells differently ("Präsident Selenskij" for Selenskyj): a
 * surname of six letters or more a letter or two from exactly one known surname.
 */
export function surnameVariantOf(index: GazetteerIndex, surname: string): GazetteerEntry | null {
  const key = splitKey(surname);
  if (key.length !== 1 || key[0].length < 6) return null;
  const found = new Set<GazetteerEntry>();
  for (const [last, entries] of lastTokenIndex(index)) if (last !== key[0] && last.length >= 6 && closeSpelling(last, key[0])) entries.forEach((e) => found.add(e));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The known person a full name outside the gazetteer spells differently ("Michelle Alliot-Marie"
 * for Michèle, "Angelika Merkel", "Dmitri Medwedew"): the same surname with a given name a letter
 * or two apart, or the same given name with such a surname. Only when exactly one person fits.
 */
export function spellingVariantOf(index: GazetteerIndex, name: string): GazetteerEntry | null {
  const tokens = splitKey(name);
  if (tokens.length < 2) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const found = new Set<GazetteerEntry>();
  for (const e of lastTokenIndex(index).get(last) ?? []) {
    const given = splitKey(e.name)[0];
    if (given !== first && given.length >= 4 && first.length >= 4 && closeSpelling(given, first)) found.add(e);
  }
  if (last.length >= 6)
    for (const c of index.byFirst.get(first) ?? []) {
      const other = c.tokens[c.tokens.length - 1];
      if (c.tokens.length >= 2 && other !== last && other.length >= 6 && closeSpelling(other, last)) found.add(c.entry);
    }
  return found.size === 1 ? [...found][0] : null;
}
