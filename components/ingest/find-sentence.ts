import type { EvidenceSpan } from '@/lib/events/event-record';

const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The sentence of the article that names a person: the first mention of the full name, or else
 * of the surname. Folding accents keeps string lengths for the letters used here, so offsets hold.
 */
export function findSentenceNaming(text: string, name: string): EvidenceSpan | null {
  const haystack = fold(text);
  const words = fold(name).split(/\s+/).filter((w) => w.length > 1);
  if (haystack.length !== text.length || words.length === 0) return null;
  const candidates = [words.join(' '), words[words.length - 1]];
  for (const needle of candidates) {
    const at = haystack.indexOf(needle);
    if (at < 0) continue;
    const before = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at));
    const afterCandidates = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, at + needle.length)).filter((i) => i >= 0);
    const end = afterCandidates.length ? Math.min(...afterCandidates) + 1 : text.length;
    return { start: before + 1 + (text[before + 1] === ' ' ? 1 : 0), end };
  }
  return null;
}
