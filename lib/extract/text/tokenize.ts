/**
 * Word tokens with their offsets. Hyphens stay inside words ("al-Sisi", "Nato-Gipfel",
 * "Kim Min-seok"); apostrophes split ("dall'8", "Carney's"), which is what the date and name
 * grammars want, except in Irish surnames ("O'Higgins").
 */
export interface Token {
  /** original text */
  text: string;
  /** folded text (lower case, no accents) */
  key: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** all digits */
  num: boolean;
}

// Irish surnames keep their apostrophe ("O'Higgins" is not "Higgins").
const TOKEN_RE = /O['’]\p{Lu}[\p{L}\p{M}]*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-‑][\p{L}\p{M}\d]+)*\.?|\d+|[^\s\p{L}\p{M}\d]/gu;
const UPPER_RE = /^\p{Lu}/u;
// Dots stay on a word only for abbreviations and initials, never as sentence ends.
const KEEP_DOT = new Set(['jr', 'sr', 'mr', 'ms', 'mrs', 'dr', 'st', 'm', 'mme', 'sra', 'feb', 'jan', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'gen', 'febr', 'janv', 'févr', 'avr', 'juil', 'déc', 'ene', 'dic', 'ago', 'abr', 'okt', 'dez']);

export function tokenize(text: string, folded: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = text;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    if (m.index >= to) break;
    let raw = m[0];
    let end = m.index + raw.length;
    if (raw.length > 1 && raw.endsWith('.')) {
      const bare = raw.slice(0, -1);
      const low = folded.slice(m.index, end - 1);
      if (!(KEEP_DOT.has(low) || (bare.length === 1 && UPPER_RE.test(bare)))) {
        raw = bare;
        end -= 1;
        TOKEN_RE.lastIndex = end;
      }
    }
    const key = folded.slice(m.index, end);
    tokens.push({
      text: raw,
      key: key.endsWith('.') ? key.slice(0, -1) : key,
      start: m.index,
      end,
      cap: UPPER_RE.test(raw),
      num: /^\d+$/.test(raw),
    });
  }
  return tokens;
}
