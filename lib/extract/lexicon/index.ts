import type { Lang, Lexicon } from './lexicon';
import { en } from './en';
import { it } from './it';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';

export type { Lang, Lexicon } from './lexicon';
export { LANGS } from './lexicon';

const LEXICONS: Record<Lang, Lexicon> = { en, it, fr, de, es };

export function getLexicon(lang: Lang): Lexicon {
  return LEXICONS[lang];
}

/** "3", "tre", "drei": a count written in digits or as a word of the language, else null. */
export function countWord(lex: Lexicon, word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return lex.numbers[word] ?? null;
}
