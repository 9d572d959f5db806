import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A day in a relative clause on the summit ("which opens on Thursday", "che prenderà il via
// domani") is the summit's, not the arrival's; a present-tense opening verb points forward.
// Sentences written here; published Wednesday 18 March 2026.
const PUBLISHED = '2026-03-18';

function summitDay(text: string, lang: 'en' | 'it' | 'fr' | 'de' | 'es'): string | undefined {
  return run(text, PUBLISHED, lang).find((e) => e.startsWith('summit'))?.split(' ')[1];
}

describe('the day of a relative clause on a summit', () => {
  it('en: "to attend the European summit, which opens on Thursday"', () => {
    expect(summitDay('Prime Minister Keir Starmer arrived in Brussels on Wednesday to attend the European summit, which opens on Thursday.', 'en')).toBe('2026-03-19..2026-03-19');
  });
  it('it: "al vertice … che prenderà il via domani"', () => {
    expect(summitDay('Il presidente Emmanuel Macron è giunto oggi a Bruxelles per partecipare al vertice dei leader europei che prenderà il via domani.', 'it')).toBe('2026-03-19..2026-03-19');
  });
  it('fr: "au sommet européen qui s\'ouvre jeudi"', () => {
    expect(summitDay("Le président Emmanuel Macron est arrivé mercredi à Bruxelles pour participer au sommet européen qui s'ouvre jeudi.", 'fr')).toBe('2026-03-19..2026-03-19');
  });
  it('de: "am EU-Gipfel teilzunehmen, der am Donnerstag beginnt"', () => {
    expect(summitDay('Bundeskanzler Friedrich Merz ist am Mittwoch in Brüssel eingetroffen, um am EU-Gipfel teilzunehmen, der am Donnerstag beginnt.', 'de')).toBe('2026-03-19..2026-03-19');
  });
  it('es: "en la cumbre europea que se inaugura mañana"', () => {
    expect(summitDay('El presidente Pedro Sánchez llegó este miércoles a Bruselas para participar en la cumbre europea que se inaugura mañana.', 'es')).toBe('2026-03-19..2026-03-19');
  });
});
