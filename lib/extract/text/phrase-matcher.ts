/**
 * Turns keyword lists into one alternation regex over folded text. Stems ("visit*") become a
 * literal followed by a single letter class, compound suffixes ("*gipfel") a letter class followed
 * by a literal: no nested quantifiers, so no catastrophic backtracking.
 */
export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

const cache = new Map<string, RegExp>();
const WORD = '[\\p{L}\\p{N}]';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function phraseSource(phrase: string): string {
  let p = phrase.trim();
  let prefix = '';
  let suffix = '';
  if (p.startsWith('*')) {
    prefix = "[\\p{L}\\p{N}'-]*";
    p = p.slice(1);
  }
  if (p.endsWith('*')) {
    suffix = "[\\p{L}\\p{N}'-]*";
    p = p.slice(0, -1);
  }
  const body = p.split(/\s+/).map(escapeRe).join('\\s+');
  return prefix + body + suffix;
}

export function compilePhrases(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0001');
  let re = cache.get(key);
  if (!re) {
    const sorted = [...new Set(phrases)].filter((p) => p.replace(/\*/g, '').trim().length > 0).sort((a, b) => b.length - a.length);
    const alt = sorted.length ? sorted.map(phraseSource).join('|') : '(?!)';
    re = new RegExp(`(?<!${WORD})(?:${alt})(?!${WORD})`, 'gu');
    cache.set(key, re);
  }
  return re;
}

export function findPhrases(folded: string, phrases: readonly string[], from = 0, to = folded.length): PhraseHit[] {
  const re = compilePhrases(phrases);
  re.lastIndex = from;
  const hits: PhraseHit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  return hits;
}

export function hasPhrase(folded: string, phrases: readonly string[], from: number, to: number): boolean {
  const re = compilePhrases(phrases);
  re.lastIndex = from;
  const m = re.exec(folded);
  return m !== null && m.index < to && m.index + m[0].length <= to;
}
