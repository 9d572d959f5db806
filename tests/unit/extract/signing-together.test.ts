import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Two leaders who sign an agreement together in one place have met there. Sentences written here.
describe('leaders signing together', () => {
  it('es: "firmaron el lunes en Lima un acuerdo"', () => {
    expect(run('El presidente de Ecuador, Daniel Noboa, y su homóloga peruana, Dina Boluarte, firmaron el lunes en Lima un acuerdo.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-11..2024-03-11 Lima held Daniel Noboa + Dina Boluarte']);
  });
  it('en: "signed seven agreements in New Delhi"', () => {
    expect(run('Narendra Modi and Sheikh Hasina signed seven agreements in New Delhi on Monday.', '2024-03-12', 'en')).toEqual(['meeting 2024-03-11..2024-03-11 New Delhi held Narendra Modi + Sheikh Hasina']);
  });
  it('it: "hanno firmato ieri a Roma un protocollo"', () => {
    expect(run('Meloni e Rama hanno firmato ieri a Roma un protocollo.', '2024-03-12', 'it')).toEqual(['meeting 2024-03-11..2024-03-11 Rome held Edi Rama + Giorgia Meloni']);
  });
  it('fr: "ont signé lundi à Paris un traité"', () => {
    expect(run('Macron et Scholz ont signé lundi à Paris un traité.', '2024-03-12', 'fr')).toEqual(['meeting 2024-03-11..2024-03-11 Paris held Emmanuel Macron + Olaf Scholz']);
  });
  it('de: "unterzeichneten am Montag in Paris einen Vertrag"', () => {
    expect(run('Scholz und Macron unterzeichneten am Montag in Paris einen Vertrag.', '2024-03-12', 'de')).toEqual(['meeting 2024-03-11..2024-03-11 Paris held Emmanuel Macron + Olaf Scholz']);
  });
  it('one leader signing a bill meets nobody', () => {
    expect(run('Joe Biden signed the bill on Monday.', '2024-03-12', 'en')).toEqual([]);
  });
});

describe('a joint press conference', () => {
  it.each([
    ['it', 'Meloni e Scholz hanno tenuto lunedì a Berlino una conferenza stampa congiunta.', 'Giorgia Meloni + Olaf Scholz'],
    ['es', 'Sánchez y Scholz ofrecieron el lunes en Berlín una rueda de prensa conjunta.', 'Olaf Scholz + Pedro Sánchez'],
    ['fr', 'Macron et Scholz ont donné lundi à Berlin une conférence de presse commune.', 'Emmanuel Macron + Olaf Scholz'],
    ['de', 'Scholz und Macron gaben am Montag in Berlin eine gemeinsame Pressekonferenz.', 'Emmanuel Macron + Olaf Scholz'],
  ] as const)('%s: %s', (lang, text, pair) => {
    expect(run(text, '2024-03-12', lang)).toEqual([`meeting 2024-03-11..2024-03-11 Berlin held ${pair}`]);
  });
  it('en: one leader\'s news conference is no meeting', () => {
    expect(run('Joe Biden held a news conference in Washington on Monday.', '2024-03-12', 'en')).toEqual([]);
  });
});

describe('leaders inaugurating together', () => {
  it('fr: "ont inauguré mardi à Belém" is a meeting there', () => {
    expect(run('Emmanuel Macron et son homologue brésilien Lula ont inauguré mardi à Belém un sous-marin.', '2024-03-12', 'fr')).toEqual(['meeting 2024-03-12..2024-03-12 Belém held Emmanuel Macron + Luiz Inácio Lula da Silva']);
  });
  it('it: "hanno inaugurato ieri a Roma"', () => {
    expect(run('Meloni e Rama hanno inaugurato ieri a Roma una mostra.', '2024-03-12', 'it')).toEqual(['meeting 2024-03-11..2024-03-11 Rome held Edi Rama + Giorgia Meloni']);
  });
});
