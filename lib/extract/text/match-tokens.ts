import type { Token } from './tokenize';

/**
 * Whether the folded `keys` (a gazetteer name or place, word by word) start at token `i`: one past
 * the last matched token, or -1. A key ending in an apostrophe also matches the word and the
 * apostrophe as two tokens, since "L'Aia" is tokenised as "l", "'", "aia".
 */
export function matchTokens(tokens: Token[], i: number, keys: string[]): number {
  let ti = i;
  for (const k of keys) {
    const tok = tokens[ti];
    if (!tok) return -1;
    if (tok.key !== k) {
      if (k.endsWith("'") && tok.key === k.slice(0, -1) && tokens[ti + 1]?.key === "'") {
        ti += 2;
        continue;
      }
      return -1;
    }
    ti++;
  }
  return ti;
}
