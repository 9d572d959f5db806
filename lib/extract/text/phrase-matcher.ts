/**
 * Keyword lists as regex source: stems ("visit*") become a literal followed by one letter class,
 * compound endings ("*gipfel") a letter class followed by a literal. No nested quantifiers, so no
 * catastrophic backtracking. Used by the date grammar; triggers use text/phrase-index.ts.
 */
export interface PhraseHit {
  start: number;
  end: number;
  /** the matched words, folded */
  phrase: string;
}

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
