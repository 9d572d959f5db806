import { describe, expect, it } from 'vitest';
import { extractEvents, run } from './helpers';

/** German separable verbs: the finite verb early, its particle closing the clause. */
describe('German separable verbs', () => {
  it('"trifft ... ein" is an arrival', () => {
    expect(run('Der russische Präsident Wladimir Putin trifft am Montag in Berlin ein.', '2026-03-04', 'de')).toEqual(['visit 2026-03-09..2026-03-09 Berlin scheduled Vladimir Putin']);
  });
  it('"traf ... zusammen" is a meeting', () => {
    const [m] = extractEvents('Außenminister Johann Wadephul traf am Dienstag in Rom mit seinem Amtskollegen Antonio Tajani zusammen.', { published: '2026-03-04', language: 'de' }).events.filter((e) => e.kind === 'meeting');
    expect([m?.start, m?.location?.city, m?.participants.map((p) => p.name)]).toEqual(['2026-03-03', 'Rome', ['Johann Wadephul', 'Antonio Tajani']]);
  });
  it('the point of a date\'s day ("am 1. Oktober") does not end the clause before the particle', () => {
    expect(run('Bundeskanzler Friedrich Merz trifft am 1. Oktober in Paris mit Präsident Emmanuel Macron zusammen.', '2026-09-20', 'de')).toEqual(['meeting 2026-10-01..2026-10-01 Paris scheduled Emmanuel Macron + Friedrich Merz']);
  });
  it.each([
    'Der französische Präsident Emmanuel Macron wird vom 10. bis 12. Juni Deutschland einen Staatsbesuch abstatten.',
    'Der französische Präsident Emmanuel Macron stattet Deutschland vom 10. bis 12. Juni einen Staatsbesuch ab.',
    'Der französische Präsident Emmanuel Macron kommt vom 10. bis 12. Juni zu einem Staatsbesuch nach Deutschland.',
  ])('a state visit to the country named before the trip noun or after the verb: %s', (text) => {
    expect(run(text, '2024-06-04', 'de')).toEqual(['visit 2024-06-10..2024-06-12 DE scheduled Emmanuel Macron']);
  });
  it('a particle that does not close the clause is no verb\'s particle', () => {
    expect(run('Putin trifft ein Abkommen mit Berlin.', '2026-03-04', 'de')).toEqual([]);
  });
  it('"kommt ... nach Wien" is travel to Vienna, with whatever stands between', () => {
    expect(run('Bundespräsident Horst Köhler kommt am Mittwoch zum zweiten Mal nach Wien.', '2004-08-17', 'de')).toEqual(['visit 2004-08-18..2004-08-18 Vienna scheduled Horst Köhler']);
  });
  it('a capitalised run after an article is a body, not a name, and "Anfang" is part of a month', () => {
    const text = 'Der frühere Präsident des Internationalen Währungsfonds Köhler war Anfang Juli in Wien. Köhler kommt am Mittwoch nach Prag, in Begleitung seiner Frau Eva.';
    const r = run(text, '2004-08-17', 'de');
    expect(r).toContain('visit 2004-08-18..2004-08-18 Prague scheduled Eva Köhler + Horst Köhler');
    expect(r.join(' ')).not.toMatch(/Währungsfonds|Anfang/);
  });
});
