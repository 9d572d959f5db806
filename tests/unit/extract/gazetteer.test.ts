import { describe, it, expect } from 'vitest';
import { extractEvents } from '../../../lib/extract';
import { summarize } from './helpers';

describe('extra gazetteer people (e.g. saved in the database)', () => {
  const text = 'ROME (Reuters) - Roberto Gualtieri will meet Anne Hidalgo in Rome on Friday. Gualtieri said the talks would cover tourism.';

  it('recognises a saved person by name and alias, with the saved office', () => {
    const r = extractEvents(text, {
      published: '2026-03-02',
      language: 'en',
      gazetteer: [
        { name: 'Roberto Gualtieri', aliases: ['Gualtieri'], role: 'Mayor of Rome', country: 'IT' },
        { name: 'Anne Hidalgo', role: 'Mayor of Paris', country: 'FR' },
      ],
    });
    expect(summarize(r.events)).toEqual(['meeting 2026-03-06..2026-03-06 Rome scheduled Anne Hidalgo + Roberto Gualtieri']);
    expect(r.events[0].participants).toContainEqual({ name: 'Roberto Gualtieri', role: 'Mayor of Rome', organization: null, country: 'IT' });
  });

  it('ignores malformed extra entries instead of failing', () => {
    const bad = [{ name: '' }, { name: 'X', aliases: [null as unknown as string] }, null as unknown as { name: string }];
    expect(() => extractEvents(text, { published: '2026-03-02', gazetteer: bad })).not.toThrow();
  });
});

describe('a known person spelled another way', () => {
  const names = (text: string, published: string, language: 'fr' | 'de' | 'en') => extractEvents(text, { published, language }).events.flatMap((e) => e.participants.map((p) => p.name));
  it('is the known person: a given name or a surname a letter or two apart (fr, de)', () => {
    expect(new Set(names('La ministre de la Défense, Michelle Alliot-Marie, est arrivée hier à Alger.', '2004-07-17', 'fr'))).toEqual(new Set(['Michèle Alliot-Marie']));
    expect(new Set(names('Bundeskanzlerin Angelika Merkel trifft am Mittwoch in Berlin Werner Faymann.', '2009-01-27', 'de'))).toEqual(new Set(['Angela Merkel', 'Werner Faymann']));
  });
  it('is someone else when the names are further apart (en)', () => {
    expect(names('Senator Maria Rubio arrived in Madrid on Monday.', '2026-03-04', 'en')).toEqual(['Maria Rubio']);
  });
});
