import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A relative named by a family noun and a given name travels with their partner: one visit with
// both, not a trip of their own (FORMAT.md convention 10). Sentences written here.
const VISIT = 'visit 2023-01-08..2023-01-08 Ottawa held Jill Biden + Joe Biden';

describe('spouses travel with their partner', () => {
  it('en: "Joe Biden and his wife Jill arrived"', () => {
    expect(run('President Joe Biden and his wife Jill arrived in Ottawa on 8 January.', '2023-01-09', 'en')).toEqual([VISIT]);
  });
  it('es: "junto con su esposa Jill"', () => {
    expect(run('El presidente Joe Biden, junto con su esposa Jill, llegó a Ottawa el 8 de enero.', '2023-01-09', 'es')).toEqual([VISIT]);
  });
  it('it: "con la moglie Jill"', () => {
    expect(run("Il presidente Joe Biden, con la moglie Jill, è arrivato a Ottawa l'8 gennaio.", '2023-01-09', 'it')).toEqual([VISIT]);
  });
  it('fr: "accompagné de son épouse Jill"', () => {
    expect(run('Le président Joe Biden, accompagné de son épouse Jill, est arrivé à Ottawa le 8 janvier.', '2023-01-09', 'fr')).toEqual([VISIT]);
  });
  it('de: "mit seiner Frau Jill"', () => {
    expect(run('US-Präsident Joe Biden ist am 8. Januar mit seiner Frau Jill in Ottawa eingetroffen.', '2023-01-09', 'de')).toEqual([VISIT]);
  });
});
