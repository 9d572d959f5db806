/**
 * Keyword lists of several kinds matched in one pass over word tokens: a hash lookup per token
 * instead of one regex scan of the whole text per list. Entries are folded phrases; "visit*" is a
 * stem (any ending), "*gipfel" a compound ending ("Nato-Gipfel").
 */
import type { Token } from './tokenize';
import { tokenize } from './tokenize';
import type { PhraseHit } from './phrase-matcher';

interface Part {
  key: string;
  stem: boolean;
  suffix: boolean;
}

interface Entry<K extends string> {
  kind: K;
  parts: Part[];
  phrase: string;
}

export interface PhraseIndex<K extends string> {
  exact: Map<string, Array<Entry<K>>>;
  /** stems by their first three letters */
  stems: Map<string, Array<Entry<K>>>;
  suffixes: Array<Entry<K>>;
}

function partsOf(phrase: string): Part[] | null {
  let p = phrase.trim();
  const suffix = p.startsWith('*');
  const stem = p.endsWith('*');
  p = p.replace(/^\*|\*$/g, '');
  if (!p) return null;
  const toks = tokenize(p, p);
  if (!toks.length) return null;
  return toks.map((t, i) => ({ key: t.key, stem: stem && i === toks.length - 1, suffix: suffix && i === 0 }));
}

export function buildPhraseIndex<K extends string>(lists: Array<[K, readonly string[]]>): PhraseIndex<K> {
  const index: PhraseIndex<K> = { exact: new Map(), stems: new Map(), suffixes: [] };
  for (const [kind, phrases] of lists)
    // Folding keeps "ß" (it preserves length): a phrase written with "ss" also matches it ("anschließend").
    for (const phrase of phrases.flatMap((p) => (p.includes('ss') ? [p, p.replace(/ss/g, 'ß')] : [p]))) {
      const parts = partsOf(phrase);
      if (!parts) continue;
      const entry: Entry<K> = { kind, parts, phrase };
      const first = parts[0];
      if (first.suffix) index.suffixes.push(entry);
      else if (first.stem && parts.length === 1) {
        const k = first.key.slice(0, 3);
        (index.stems.get(k) ?? index.stems.set(k, []).get(k)!).push(entry);
      } else (index.exact.get(first.key) ?? index.exact.set(first.key, []).get(first.key)!).push(entry);
    }
  for (const list of index.exact.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return index;
}

function partMatches(part: Part, key: string): boolean {
  if (part.suffix) return key.length > part.key.length && key.endsWith(part.key);
  if (part.stem) return key.startsWith(part.key);
  return key === part.key;
}

/** Hits of every kind in the tokens, in order; within a kind, longer phrases win. */
export function matchPhraseIndex<K extends string>(index: PhraseIndex<K>, tokens: Token[]): Map<K, PhraseHit[]> {
  const out = new Map<K, PhraseHit[]>();
  const taken = new Map<K, number>();
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i].key;
    const ex = index.exact.get(key);
    const st = key.length >= 3 ? index.stems.get(key.slice(0, 3)) : undefined;
    let sx: Array<Entry<K>> | null = null;
    for (const s of index.suffixes) if (key.length > s.parts[0].key.length && key.endsWith(s.parts[0].key)) (sx ??= []).push(s);
    if (!ex && !st && !sx) continue;
    // Exact phrases (longest first), then stems, then compound endings; one hit per kind here.
    const done: K[] = [];
    for (const list of [ex, st, sx]) {
      if (!list) continue;
      for (const e of list) {
        if (done.includes(e.kind) || (taken.get(e.kind) ?? -1) > i) continue;
        const j = matchParts(e.parts, tokens, i);
        if (j < 0) continue;
        done.push(e.kind);
        taken.set(e.kind, j);
        // The matched words, folded: "visita", not the list entry "visit*".
        const words = j - i === 1 ? key : tokens.slice(i, j).map((t) => t.key).join(' ');
        (out.get(e.kind) ?? out.set(e.kind, []).get(e.kind)!).push({ start: tokens[i].start, end: tokens[j - 1].end, phrase: words });
      }
    }
  }
  return out;
}

/**
 * Adverbs that may stand inside a verb phrase without changing it: "s'est aussi entretenu",
 * "has also met", "ha anche incontrato", "hat auch getroffen", "se ha también reunido".
 */
const INNER_ADVERBS = new Set([
  'also', 'already', 'then', 'just', 'later', 'again', 'aussi', 'egalement', 'deja', 'ensuite', 'encore', 'enfin',
  'anche', 'gia', 'poi', 'inoltre', 'ancora', 'auch', 'bereits', 'ebenfalls', 'zudem', 'dann', 'schon', 'tambien', 'ya', 'ademas', 'luego', 'despues',
]);

/** One past the last token the parts match from `i`, or -1. */
function matchParts(parts: Part[], tokens: Token[], i: number): number {
  let j = i;
  for (const [n, part] of parts.entries()) {
    if (n > 0 && tokens[j] && INNER_ADVERBS.has(tokens[j].key) && !partMatches(part, tokens[j].key)) j++;
    const t = tokens[j];
    if (!t || !partMatches(part, t.key)) return -1;
    j++;
  }
  return j;
}
