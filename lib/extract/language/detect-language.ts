/**
 * Language of an article among en/it/fr/de/es. Function words decide almost every article in
 * microseconds; tinyld (a maintained detector) settles the close calls.
 */
import { detect } from 'tinyld/light';
import type { Lang } from '../lexicon';

const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'will', 'with', 'for', 'on', 'said', 'was', 'that', 'his', 'her', 'has', 'from', 'at', 'by', 'which', 'were', 'have', 'after', 'would'],
  it: ['il', 'della', 'di', 'che', 'e', 'la', 'per', 'con', 'del', 'nel', 'alla', 'sono', 'sarà', 'gli', 'dei', 'ha', 'delle', 'anche', 'dal', 'dalla', 'è', 'più', 'nella', 'degli', 'ai', 'lo'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'de', 'est', 'une', 'pour', 'avec', 'dans', 'sera', 'aux', 'au', 'qui', 'sur', 'par', 'son', 'ses', 'été', 'ont', 'cette', 'être', 'mais', 'à'],
  de: ['der', 'die', 'das', 'und', 'mit', 'den', 'von', 'ist', 'sich', 'des', 'im', 'nach', 'auf', 'ein', 'eine', 'wird', 'dem', 'zu', 'für', 'nicht', 'auch', 'wie', 'bei', 'am', 'hat'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'del', 'con', 'que', 'por', 'en', 'una', 'para', 'se', 'su', 'al', 'fue', 'como', 'más', 'sus', 'este', 'está', 'también', 'entre', 'sobre'],
};

let table: Map<string, Lang[]> | null = null;

function getTable(): Map<string, Lang[]> {
  if (!table) {
    table = new Map();
    for (const [lang, words] of Object.entries(FUNCTION_WORDS) as Array<[Lang, string[]]>)
      for (const w of words) table.set(w, [...(table.get(w) ?? []), lang]);
  }
  return table;
}

export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 2500).toLowerCase();
  const counts: Record<Lang, number> = { en: 0, it: 0, fr: 0, de: 0, es: 0 };
  const t = getTable();
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  let words = 0;
  while ((m = re.exec(sample)) !== null && words < 400) {
    words++;
    const langs = t.get(m[0]);
    if (langs) for (const l of langs) counts[l] += 1 / langs.length;
  }
  const ranked = (Object.entries(counts) as Array<[Lang, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] >= 4 && best[1] >= second[1] * 1.3) return best[0];
  try {
    const guess = detect(sample.slice(0, 800), { only: ['en', 'it', 'fr', 'de', 'es'] });
    if (guess === 'en' || guess === 'it' || guess === 'fr' || guess === 'de' || guess === 'es') return guess;
  } catch {
    // The detector is a helper; the function-word count below is always available.
  }
  return best[1] > 0 ? best[0] : 'en';
}
