import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/gathering.ts: "EU foreign ministers meet in Brussels" is a conference the named people attend.
describe('a group of ministers meeting is a conference', () => {
  it.each([
    ['en', 'EU foreign ministers meet in Brussels on Monday, chaired by Kaja Kallas.', 'held'],
    ['it', "I ministri degli esteri dell'Ue si riuniscono lunedì a Bruxelles con Kaja Kallas.", 'scheduled'],
    ['de', 'Die EU-Außenminister treffen sich am Montag in Brüssel unter Vorsitz von Kaja Kallas.', 'scheduled'],
  ] as const)('%s', (lang, text, status) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`conference 2026-03-02..2026-03-02 Brussels ${status} Kaja Kallas`]);
  });
});
