import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A departure names where the trip starts; the destination after "for"/"per"/"pour"/"nach"/"rumbo a"
// is the stop. Sentences written here.
describe('departures: the origin is no stop, the destination is', () => {
  it('en: "departed Abuja for an official visit to Türkiye" is a visit to Türkiye', () => {
    expect(run('President Bola Tinubu on Monday departed Abuja for an official visit to Türkiye.', '2026-01-26', 'en')).toEqual(['visit 2026-01-26..2026-01-26 TR held Bola Tinubu']);
  });
  it('en: "left Paris for Rome" is a visit to Rome (held: it began on the day told, in the past tense)', () => {
    expect(run('President Emmanuel Macron on Monday left Paris for Rome.', '2026-01-26', 'en')).toEqual(['visit 2026-01-26..2026-01-26 Rome held Emmanuel Macron']);
  });
  it('it: "ha lasciato Roma lunedì per Parigi"', () => {
    expect(run('Il presidente Sergio Mattarella ha lasciato Roma lunedì per Parigi.', '2026-01-26', 'it')).toEqual(['visit 2026-01-26..2026-01-26 Paris held Sergio Mattarella']);
  });
  it('fr: "a quitté Paris lundi pour Rome"', () => {
    expect(run('Le président Emmanuel Macron a quitté Paris lundi pour Rome.', '2026-01-26', 'fr')).toEqual(['visit 2026-01-26..2026-01-26 Rome held Emmanuel Macron']);
  });
  it('de: "verließ Berlin am Montag nach Paris"', () => {
    expect(run('Bundeskanzler Friedrich Merz verließ Berlin am Montag nach Paris.', '2026-01-26', 'de')).toEqual(['visit 2026-01-26..2026-01-26 Paris scheduled Friedrich Merz']);
  });
  it('es: "salió de Madrid el lunes rumbo a París"', () => {
    expect(run('El presidente Pedro Sánchez salió de Madrid el lunes rumbo a París.', '2026-01-26', 'es')).toEqual(['visit 2026-01-26..2026-01-26 Paris held Pedro Sánchez']);
  });
});
