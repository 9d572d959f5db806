import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Sentences written here: a meal told with its verb is a meeting; a meeting of ministers is a
// gathering its participants attend; "vola" is a flight with the day before its destination.
describe('meals told with a verb', () => {
  it('en: "dined with", "had lunch on Monday with"', () => {
    expect(run('Emmanuel Macron dined with Narendra Modi on Monday.', '2024-03-12', 'en')).toEqual(['meeting 2024-03-11..2024-03-11 - held Emmanuel Macron + Narendra Modi']);
    expect(run('Emmanuel Macron had lunch on Monday with Narendra Modi.', '2024-03-12', 'en')).toEqual(['meeting 2024-03-11..2024-03-11 - held Emmanuel Macron + Narendra Modi']);
  });
  it('fr: "a déjeuné lundi avec"', () => {
    expect(run('Emmanuel Macron a déjeuné lundi avec le Premier ministre indien Narendra Modi.', '2024-03-12', 'fr')).toEqual(['meeting 2024-03-11..2024-03-11 - held Emmanuel Macron + Narendra Modi']);
  });
  it('it: "ha pranzato ieri con"', () => {
    expect(run('Giorgia Meloni ha pranzato ieri con Narendra Modi a Roma.', '2024-03-12', 'it')).toEqual(['meeting 2024-03-11..2024-03-11 Rome held Giorgia Meloni + Narendra Modi']);
  });
  it('es: "almorzará el jueves con"', () => {
    expect(run('Pedro Sánchez almorzará el jueves con Narendra Modi en Madrid.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-14..2024-03-14 Madrid scheduled Narendra Modi + Pedro Sánchez']);
  });
});

describe('meetings of ministers', () => {
  it('en: "attended a meeting of EU foreign ministers in Brussels"', () => {
    expect(run('Antonio Tajani attended a meeting of EU foreign ministers in Brussels on Monday.', '2024-03-12', 'en')).toEqual(['summit 2024-03-11..2024-03-11 Brussels held Antonio Tajani']);
  });
  it('it: "ha partecipato ieri a Bruxelles alla riunione dei ministri degli Esteri"', () => {
    expect(run("Tajani ha partecipato ieri a Bruxelles alla riunione dei ministri degli Esteri dell'Ue.", '2024-03-12', 'it')).toEqual(['summit 2024-03-11..2024-03-11 Brussels held Antonio Tajani']);
  });
  it('fr, es, de: the same gathering in their words', () => {
    expect(run('Stéphane Séjourné a participé lundi à Bruxelles à la réunion des ministres des Affaires étrangères.', '2024-03-12', 'fr')).toEqual(['summit 2024-03-11..2024-03-11 Brussels held Stéphane Séjourné']);
    expect(run('José Manuel Albares participó el lunes en Bruselas en la reunión de ministros de Exteriores.', '2024-03-12', 'es')).toEqual(['summit 2024-03-11..2024-03-11 Brussels held José Manuel Albares']);
    expect(run('Annalena Baerbock nahm am Montag in Brüssel am Außenministertreffen teil.', '2024-03-12', 'de')).toEqual(['summit 2024-03-11..2024-03-11 Brussels held Annalena Baerbock']);
  });
});

describe('a flight with the day before its destination', () => {
  it('it: "vola domani a Washington"', () => {
    expect(run('Antonio Tajani vola domani a Washington.', '2024-03-12', 'it')).toEqual(['visit 2024-03-13..2024-03-13 Washington scheduled Antonio Tajani']);
  });
});
