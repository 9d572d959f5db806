import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

describe('a relative named by a given name alone takes the family name', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'Prime Minister Stephen Harper and wife Laureen arrive in Beijing on Wednesday.', 'Laureen Harper'],
    ['it', 'Il presidente Sergio Mattarella, accompagnato dalla figlia Laura, è arrivato a Napoli.', 'Laura Mattarella'],
    ['fr', 'Le président Emmanuel Macron, accompagné de son épouse Brigitte, est arrivé à Rome.', 'Brigitte Macron'],
    ['es', 'El presidente Joe Biden llegó con su esposa Jill a Palacio Nacional.', 'Jill Biden'],
    ['de', 'Bundespräsident Horst Köhler kommt in Begleitung seiner Frau Eva nach Wien.', 'Eva Köhler'],
  ];
  for (const [lang, text, name] of cases) it(`${lang}: ${name}`, () => expect(peopleOf(text, lang as 'de')).toContain(name));

  it('de: "Frau" before a given name with no possessive is a form of address, not a relative', () => {
    expect(peopleOf('Bundespräsident Horst Köhler sprach mit Frau Eva.', 'de')).not.toContain('Eva Köhler');
  });
});

describe('speakers of parliaments, advisers and heads of regions are titles', () => {
  const cases: Array<[string, string, string]> = [
    ['it', "Mattarella ha incontrato la speaker della Camera dei Rappresentanti Nancy Pelosi.", 'Nancy Pelosi'],
    ['de', 'Cassis sprach mit dem nationalen Sicherheitsberater John Bolton.', 'John Bolton'],
    ['de', 'Steinmeier besucht die Baustelle mit dem Tiroler Landeshauptmann Anton Mattle.', 'Anton Mattle'],
    ['en', 'Biden met National Security Adviser Jake Sullivan.', 'Jake Sullivan'],
    ['fr', "Macron a reçu le conseiller diplomatique Emmanuel Bonne.", 'Emmanuel Bonne'],
    ['es', 'Sánchez se reunió con la primera dama Beatriz Gutiérrez Müller.', 'Beatriz Gutiérrez Müller'],
  ];
  for (const [lang, text, name] of cases) it(`${lang}: ${name}`, () => expect(peopleOf(text, lang as 'de')).toContain(name));
});

describe('names longer than the gazetteer or a plain given-name run', () => {
  it('es: a compound surname with "de" is one name ("Soraya Sáenz de Santamaría")', () => {
    expect(peopleOf('La vicepresidenta Soraya Sáenz de Santamaría llegó a Lisboa.', 'es', '2016-11-28')).toEqual(['Soraya Sáenz de Santamaría']);
  });
  it('fr: the text\'s fuller form of a known name is kept whole ("Brice Clotaire Oligui Nguema")', () => {
    expect(peopleOf('Le président gabonais Brice Clotaire Oligui Nguema est arrivé à Paris.', 'fr', '2024-10-04')).toEqual(['Brice Clotaire Oligui Nguema']);
  });
  it('en: a country before a known name is not part of it ("U.S. Donald Trump")', () => {
    expect(peopleOf('He spoke with U.S. Donald Trump on Monday.', 'en', '2018-11-02')).toEqual(['Donald Trump']);
  });
  it('it: a known name with its middle name given in full', () => {
    expect(peopleOf('Il presidente Luiz Inácio Lula da Silva è arrivato a Roma.', 'it', '2024-10-04')).toEqual(['Luiz Inácio Lula da Silva']);
  });
  it('de: an untitled run before a known name is joined only when adjacent', () => {
    expect(peopleOf('Kanzler Friedrich Merz traf Emmanuel Macron.', 'de', '2026-03-01')).toEqual(['Friedrich Merz', 'Emmanuel Macron']);
  });
});

describe('a spokesperson reports a meeting and takes no part in it', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'Mahama Ayariga, Presidential Spokesman, said President John Atta Mills met Laurent Gbagbo on Monday in Accra.', 'meeting 2025-03-03..2025-03-03 Accra held John Atta Mills + Laurent Gbagbo'],
    ['it', 'Paolo Bonaiuti, portavoce del governo, ha detto che Silvio Berlusconi ha incontrato George W. Bush lunedì a Roma.', 'meeting 2025-03-03..2025-03-03 Rome held George W. Bush + Silvio Berlusconi'],
    ['fr', "Gabriel Attal, porte-parole du gouvernement, a indiqué qu'Emmanuel Macron a rencontré Olaf Scholz lundi à Paris.", 'meeting 2025-03-03..2025-03-03 Paris held Emmanuel Macron + Olaf Scholz'],
    ['de', 'Steffen Hebestreit, Sprecher der Bundesregierung, sagte, Olaf Scholz habe am Montag in Berlin Emmanuel Macron getroffen.', 'meeting 2025-03-03..2025-03-03 Berlin held Emmanuel Macron + Olaf Scholz'],
    ['es', 'Pilar Alegría, portavoz del Gobierno, dijo que Pedro Sánchez se reunió el lunes en Madrid con Emmanuel Macron.', 'meeting 2025-03-03..2025-03-03 Madrid held Emmanuel Macron + Pedro Sánchez'],
  ];
  for (const [lang, text, meeting] of cases) it(`${lang}: the spokesperson named before the title`, () => expect(run(text, '2025-03-05', lang as 'de')).toEqual([meeting]));
});
