import { describe, expect, it } from 'vitest';
import { foldName, foldedSurname, matchSavedName, type SavedName } from '../../../lib/events/name-variants';

const PENA: SavedName = { name: 'Santiago Peña', slug: 'santiago-pena', aliases: [] };
const BARROT: SavedName = { name: 'Jean-Noël Barrot', slug: 'jean-noel-barrot', aliases: ['J.-N. Barrot'] };
const LULA: SavedName = { name: 'Luiz Inácio Lula da Silva', slug: 'luiz-inacio-lula-da-silva', aliases: ['Lula'] };

describe('foldName', () => {
  it('folds accents, case, hyphens and spacing', () => {
    expect(foldName('  Jean-Noël   BARROT ')).toBe('jean noel barrot');
    expect(foldName('Santiago Peña')).toBe(foldName('santiago pena'));
    expect(foldName('—')).toBe('');
  });
  it('takes the last folded word as the surname', () => {
    expect(foldedSurname('Santiago Peña')).toBe('pena');
    expect(foldedSurname('Peña')).toBe('pena');
  });
});

describe('matchSavedName', () => {
  const people = [PENA, BARROT, LULA];

  it('finds a saved person by their name or an alias as written, whatever the case', () => {
    expect(matchSavedName('Santiago Peña', people)).toEqual({ saved: PENA, suggestion: null });
    expect(matchSavedName('santiago  peña', people)).toEqual({ saved: PENA, suggestion: null });
    expect(matchSavedName('Lula', people)).toEqual({ saved: LULA, suggestion: null });
  });

  it('suggests the saved person when only accents, case or hyphens differ', () => {
    expect(matchSavedName('Santiago Pena', people)).toEqual({ saved: null, suggestion: PENA });
    expect(matchSavedName('Jean Noel Barrot', people)).toEqual({ saved: null, suggestion: BARROT });
    expect(matchSavedName('LULA', [{ ...LULA, aliases: ['Lulá'] }]).suggestion?.slug).toBe(LULA.slug);
  });

  it('suggests the one saved person whose surname a surname alone names', () => {
    expect(matchSavedName('Peña', people)).toEqual({ saved: null, suggestion: PENA });
    expect(matchSavedName('Pena', people)).toEqual({ saved: null, suggestion: PENA });
    expect(matchSavedName('Barrot', people)).toEqual({ saved: null, suggestion: BARROT });
  });

  it('suggests nobody when a surname is borne by two saved people', () => {
    const other: SavedName = { name: 'Enrique Peña Nieto', slug: 'enrique-pena-nieto' };
    const namesake: SavedName = { name: 'Carla Peña', slug: 'carla-pena' };
    expect(matchSavedName('Peña', [PENA, namesake])).toEqual({ saved: null, suggestion: null });
    // A surname inside another name is not that person's surname.
    expect(matchSavedName('Peña', [PENA, other])).toEqual({ saved: null, suggestion: PENA });
  });

  it('suggests nobody for another full name, a first name alone or an empty one', () => {
    expect(matchSavedName('Santiago Abascal', people)).toEqual({ saved: null, suggestion: null });
    expect(matchSavedName('Santiago', people)).toEqual({ saved: null, suggestion: null });
    expect(matchSavedName('  ', people)).toEqual({ saved: null, suggestion: null });
    expect(matchSavedName('Peña', [])).toEqual({ saved: null, suggestion: null });
  });

  it('does not take a saved surname-only entry as a bearer of its surname', () => {
    const short: SavedName = { name: 'Peña', slug: 'pena' };
    expect(matchSavedName('Peña', [short, PENA])).toEqual({ saved: short, suggestion: null });
    expect(matchSavedName('Pena', [short, PENA])).toEqual({ saved: null, suggestion: short });
  });
});
