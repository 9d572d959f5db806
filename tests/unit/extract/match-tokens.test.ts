import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/extract/text/fold-text';
import { matchTokens } from '../../../lib/extract/text/match-tokens';
import { tokenize } from '../../../lib/extract/text/tokenize';

const tokensOf = (text: string) => tokenize(text, foldText(text));

describe('matchTokens', () => {
  it('matches a name word by word from a token, and says where it ends', () => {
    const tokens = tokensOf('Incontro con Mark Rutte a Washington');
    const at = tokens.findIndex((t) => t.text === 'Mark');
    expect(matchTokens(tokens, at, ['mark', 'rutte'])).toBe(at + 2);
    expect(matchTokens(tokens, at, ['mark', 'carney'])).toBe(-1);
  });

  it("reads an elided article split off by its apostrophe (L'Aia)", () => {
    const tokens = tokensOf("Vertice all'Aia: arrivo a L'Aia il 24 giugno");
    const at = tokens.findIndex((t) => t.text === 'L');
    const end = matchTokens(tokens, at, ["l'", 'aia']);
    expect(end).toBeGreaterThan(at);
    expect(tokens[end - 1].text).toBe('Aia');
  });

  it('does not run past the end of the text', () => {
    const tokens = tokensOf('Mark');
    expect(matchTokens(tokens, 0, ['mark', 'rutte'])).toBe(-1);
  });
});
