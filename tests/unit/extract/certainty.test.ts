import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract';

/** "kind start certainty" per event, in the order the extractor returns them. */
function certainties(text: string, published: string, language: string): string[] {
  return extractEvents(text, { published, language }).events.map((e) => `${e.kind} ${e.start?.slice(0, 10)} ${e.certainty}`);
}

// Certainty from the wording (issue 16), in every language; sentences written here.
describe('certainty of extracted events', () => {
  it('en: "is expected to" makes a coming visit expected; "according to diplomatic sources" makes a meeting unconfirmed', () => {
    const text = 'Mark Rutte is expected to travel to Washington on 9 April, where he will meet Donald Trump. According to diplomatic sources, he will also meet Marco Rubio on 10 April.';
    expect(certainties(text, '2026-04-07', 'en')).toEqual(['visit 2026-04-09 expected', 'meeting 2026-04-09 expected', 'meeting 2026-04-10 unconfirmed']);
  });
  it('en: a plain announcement is confirmed, and a held meeting told "reportedly" is unconfirmed', () => {
    const text = 'Prime Minister Keir Starmer will travel to Paris on 14 April to meet President Emmanuel Macron. Chinese leader Xi Jinping reportedly met Vladimir Putin in Moscow on 2 April.';
    const found = certainties(text, '2026-04-07', 'en');
    expect(found).toContain('meeting 2026-04-14 confirmed');
    expect(found).toContain('meeting 2026-04-02 unconfirmed');
  });
  it('it: "dovrebbe" makes a visit expected', () => {
    const text = 'Il presidente Emmanuel Macron dovrebbe arrivare a Roma lunedì 13 aprile, dove incontrerà Giorgia Meloni.';
    expect(certainties(text, '2026-04-07', 'it')).toEqual(['visit 2026-04-13 expected', 'meeting 2026-04-13 expected']);
  });
  it('it: "secondo fonti diplomatiche" makes a meeting unconfirmed', () => {
    const text = 'Secondo fonti diplomatiche, Antonio Tajani incontrerà a Bruxelles Kaja Kallas il 15 aprile.';
    expect(certainties(text, '2026-04-07', 'it')).toEqual(['meeting 2026-04-15 unconfirmed']);
  });
  it('fr: "est attendu" is expected, "selon des sources diplomatiques" unconfirmed', () => {
    const text = 'Le président Lula est attendu à Paris le 14 avril. Selon des sources diplomatiques, il rencontrera Emmanuel Macron le 15 avril.';
    expect(certainties(text, '2026-04-07', 'fr')).toEqual(['visit 2026-04-14 expected', 'meeting 2026-04-15 unconfirmed']);
  });
  it('de: "soll" makes a trip expected, while the next sentence told plainly is confirmed', () => {
    const text = 'Bundeskanzler Friedrich Merz soll am 14. April nach Paris reisen. Dort trifft er Emmanuel Macron.';
    expect(certainties(text, '2026-04-07', 'de')).toEqual(['visit 2026-04-14 expected', 'meeting 2026-04-14 confirmed']);
  });
  it('de: "aus Diplomatenkreisen" makes a meeting unconfirmed', () => {
    const text = 'Wie aus Diplomatenkreisen verlautete, wird Außenminister Johann Wadephul am 15. April in Rom Antonio Tajani treffen.';
    expect(certainties(text, '2026-04-07', 'de')).toEqual(['meeting 2026-04-15 unconfirmed']);
  });
  it('es: "se espera que" is expected, "según fuentes" unconfirmed', () => {
    const text = 'Se espera que el presidente Lula viaje a Madrid el 14 de abril. Según fuentes diplomáticas, se reunirá con Pedro Sánchez el 15 de abril.';
    expect(certainties(text, '2026-04-07', 'es')).toEqual(['visit 2026-04-14 expected', 'meeting 2026-04-15 unconfirmed']);
  });
  it('a held event told plainly is confirmed even in an article that expects others', () => {
    const text = 'Emmanuel Macron received Olaf Scholz in Paris on 2 April. He is expected to travel to Rome on 20 April.';
    expect(certainties(text, '2026-04-07', 'en')).toEqual(['visit 2026-04-20 expected', 'meeting 2026-04-02 confirmed']);
  });
});
