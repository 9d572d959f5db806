import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// find-people.ts mergeShortForms: a one-word titled name read before the full name is that person.
describe('a titled one-word name told before the full name is the same person', () => {
  it.each([
    ['fr', "Le roi Salman a appelé mercredi le roi Mohammed VI. Le roi d'Arabie saoudite Salman ben Abdelaziz Al Saoud a évoqué la situation régionale."],
    ['it', "Il re Salman ha telefonato mercoledì al re Mohammed VI. Il sovrano saudita Salman ben Abdelaziz Al Saoud ha parlato della situazione regionale."],
  ] as const)('%s', (lang, text) => {
    expect(run(text, '2019-03-21', lang)).toEqual(['call 2019-03-20..2019-03-20 - held Mohammed VI + Salman ben Abdelaziz Al Saoud']);
  });

  it('a word two full names share stays as written', () => {
    const out = run('Le roi Mohammed a appelé mercredi Emmanuel Macron. Mohammed VI et Mohammed ben Salmane ont parlé jeudi.', '2019-03-21', 'fr');
    expect(out).toEqual(['call 2019-03-20..2019-03-20 - held Emmanuel Macron + Mohammed']);
  });
});
