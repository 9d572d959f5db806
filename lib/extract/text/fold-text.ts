/**
 * Length-preserving case and accent folding. Every index in the folded string is the index of the
 * same character in the original, so matches on folded text give evidence spans in the original.
 */
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    // toLowerCase can grow a character ('İ' -> 'i̇'); keep one code unit so indexes stay aligned.
    out = lower.length === 1 ? lower : lower[0] ?? ch;
    if (out === '’' || out === '`' || out === 'ʼ') out = "'";
    if (out === '–' || out === '—' || out === '‑') out = '-';
    if (foldCache.size < 5000) foldCache.set(ch, out);
  }
  return out;
}

export function foldText(text: string): string {
  let out = '';
  let chunkStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain ASCII letters and digits are the vast majority: handle them without the cache.
    if (code < 128) continue;
    out += text.slice(chunkStart, i).toLowerCase();
    // Surrogate pairs (emoji, rare scripts) are kept as two units so lengths match.
    out += code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i]);
    chunkStart = i + 1;
  }
  out += text.slice(chunkStart).toLowerCase();
  return out;
}

/** Folded form of a short phrase, for keys in lookup tables. */
export function foldKey(phrase: string): string {
  return foldText(phrase.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
