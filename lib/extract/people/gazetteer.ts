/**
 * The built-in gazetteer of office holders plus the caller's extra people (e.g. those saved in
 * the database), indexed by the folded tokens of every alias.
 */
import { EUROPE } from './data/europe';
import { AMERICAS } from './data/americas';
import { ASIA_PACIFIC } from './data/asia-pacific';
import { MIDDLE_EAST_AFRICA } from './data/middle-east-africa';
import { ORGANISATIONS } from './data/organisations';
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

function addEntry(index: GazetteerIndex, entry: GazetteerEntry): void {
  const forms = new Set<string>([entry.name, ...entry.aliases]);
  // The bare surname of a Western-order name ("Rubio") is a form too, when it is distinctive.
  const parts = entry.name.split(/\s+/);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last.length >= 4 && !SKIP_SURNAME.has(last.toLowerCase().replace(/\.$/, ''))) forms.add(last);
  for (const f of forms) {
    const tokens = splitKey(f);
    if (!tokens.length) continue;
    const list = index.byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, entry });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.byFirst.set(tokens[0], list);
  }
}

export function getGazetteer(extra?: GazetteerPerson[]): GazetteerIndex {
  if (!builtIn) {
    builtIn = { byFirst: new Map() };
    for (const line of [...EUROPE, ...AMERICAS, ...ASIA_PACIFIC, ...MIDDLE_EAST_AFRICA, ...ORGANISATIONS]) addEntry(builtIn, parseLine(line));
  }
  if (!extra || extra.length === 0) return builtIn;
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
  return merged;
}
