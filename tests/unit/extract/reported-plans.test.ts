import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A speaker who tells of their own event takes part in it; one who tells of others' does not.
// Sentences written here.
describe('a speaker telling of their own event', () => {
  it.each([
    ['en', 'Narendra Modi said he would meet Joko Widodo in Jakarta on May 30.'],
    ['en', 'Narendra Modi said that he would meet President Joko Widodo in Jakarta on May 30.'],
    ['it', 'Narendra Modi ha detto che incontrerà Joko Widodo a Giacarta il 30 maggio.'],
    ['fr', "Narendra Modi a indiqué qu'il rencontrera Joko Widodo à Jakarta le 30 mai."],
    ['es', 'Narendra Modi dijo que se reunirá con Joko Widodo en Yakarta el 30 de mayo.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(run(text, '2018-05-29', lang)).toEqual(['meeting 2018-05-30..2018-05-30 Jakarta scheduled Joko Widodo + Narendra Modi']);
  });
  it('en: "said they will reschedule the meeting with X" is not the speaker\'s meeting', () => {
    expect(run('The Colombian Foreign Minister Carlos Holmes Trujillo said on Friday they will reschedule the meeting with President Iván Duque.', '2018-11-30', 'en').join(' ')).not.toContain('Carlos Holmes Trujillo');
  });
  it('it: a speaker telling what others will do is not among them', () => {
    expect(run("Anders Fogh Rasmussen ha anticipato ieri al Financial Times che i Paesi della Nato raggiungeranno un accordo a Lisbona.", '2010-11-19', 'it').join(' ')).not.toContain('Rasmussen');
  });
});
