import { describe, expect, it } from 'vitest';
import { gazetteerOfficesOf } from '../../../lib/events/gazetteer-offices';

// The person page's "Offices held": the gazetteer's terms for the saved person, by name or alias.
describe('offices held by the gazetteer', () => {
  it('gives Mark Rutte his terms, earliest first, the current one open', () => {
    const terms = gazetteerOfficesOf(['Mark Rutte']);
    expect(terms.map((t) => [t.country ?? t.organization, t.from, t.to])).toEqual([
      ['NL', '2010-10-14', '2024-07-02'],
      ['NATO', '2024-10-01', null],
    ]);
  });
  it('matches a saved spelling without accents or with a hyphen', () => {
    expect(gazetteerOfficesOf(['Recep Tayyip Erdogan']).length).toBeGreaterThan(0);
    expect(gazetteerOfficesOf(['Frank Walter Steinmeier'])).toEqual(gazetteerOfficesOf(['Frank-Walter Steinmeier']));
  });
  it('gives nothing for a surname alone or an unknown person', () => {
    expect(gazetteerOfficesOf(['Rutte'])).toEqual([]);
    expect(gazetteerOfficesOf(['Jane Unknown'])).toEqual([]);
  });
});
