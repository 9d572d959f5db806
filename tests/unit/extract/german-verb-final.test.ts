import { describe, expect, it } from 'vitest';
import { datesOf, peopleOf, run } from './helpers';

/** German puts the verb last: the first person named is the subject, the others are met. */
describe('verb-final clauses', () => {
  it('"wird Kurz noch X (CDU) und am Donnerstag Y treffen": two meetings of Kurz, each on its day (de)', () => {
    const text =
      'Bundeskanzler Sebastian Kurz ist am Mittwoch zu seinem Antrittsbesuch in Berlin eingetroffen. ' +
      'Am Mittwochnachmittag wird Kurz noch Bundestagspräsident Wolfgang Schäuble (CDU) und am Donnerstag Bundespräsident Frank-Walter Steinmeier treffen.';
    const events = run(text, '2018-01-17', 'de');
    expect(events).toContain('meeting 2018-01-17..2018-01-17 Berlin scheduled Sebastian Kurz + Wolfgang Schäuble');
    expect(events.join('\n')).toMatch(/^meeting 2018-01-18\.\.2018-01-18 Berlin scheduled (Sebastian Kurz \+ Frank-Walter Steinmeier|Frank-Walter Steinmeier \+ Sebastian Kurz)$/m);
    expect(events.join('\n')).not.toMatch(/Wolfgang Schäuble \+ Frank-Walter Steinmeier|Frank-Walter Steinmeier \+ Wolfgang Schäuble/);
  });
});

describe('a weekday with a part of the day', () => {
  it.each([
    ['de', 'Am Mittwochnachmittag wird er Schäuble treffen.', 'Mittwochnachmittag=2018-01-17'],
    ['en', 'On Wednesday afternoon he will meet Biden.', 'Wednesday=2018-01-17'],
    ['it', 'Mercoledì pomeriggio incontrerà Conte.', 'Mercoledì=2018-01-17'],
    ['fr', 'Il rencontrera mercredi soir Emmanuel Macron.', 'mercredi=2018-01-17'],
  ] as const)('is that day’s in the paper of that weekday, even in the future (%s)', (lang, text, date) => {
    expect(datesOf(text, lang, '2018-01-17')).toEqual([date]);
  });
});

describe('a country after the verb, its subject and an adverb (German word order)', () => {
  it.each([
    'Bundeskanzler Olaf Scholz reist nach Asien. Am Dienstag und Mittwoch besucht Scholz dann Indien.',
    'Bundeskanzler Olaf Scholz reist nach Asien. Am Dienstag und Mittwoch besucht er dann Indien.',
  ])('is the destination: %s', (text) => {
    expect(run(text, '2024-03-08', 'de')).toEqual(['visit 2024-03-12..2024-03-13 IN scheduled Olaf Scholz']);
  });
});

describe('German passive perfect and locative adverbs', () => {
  it('"ist am Dienstag ... empfangen worden" is past: the Tuesday before the dateline', () => {
    // 2026-03-05 is a Thursday.
    const text = 'ZÜRICH, 5. März (SDA) - Der tschechische Ministerpräsident Andrej Babiš ist am Dienstag im Élysée von Präsident Emmanuel Macron empfangen worden.';
    expect(run(text, '2026-03-05', 'de')).toContain('meeting 2026-03-03..2026-03-03 Paris held Andrej Babiš + Emmanuel Macron');
  });
  it('"Von dort reist X weiter" keeps X the subject of a later meeting', () => {
    const text = 'ZÜRICH, 5. März (SDA) - Außenminister Ignazio Cassis ist am Montag in Rom. Von dort reist Cassis weiter: Am Mittwoch wird er in Madrid mit Außenminister José Manuel Albares zusammentreffen.';
    expect(run(text, '2026-03-05', 'de')).toContain('meeting 2026-03-11..2026-03-11 Madrid scheduled Ignazio Cassis + José Manuel Albares');
  });
});

describe('German weak forms of titles and "begegnet"', () => {
  it('"trifft Obama den Präsidenten X": Obama and X, not a person called "Obama den Präsidenten"', () => {
    expect(peopleOf('Am Montag trifft Obama den Präsidenten Hailemariam Desalegn.', 'de', '2015-07-25')).toEqual(['Barack Obama', 'Hailemariam Desalegn']);
  });
  it('"wo er am Montag dem Ministerpräsidenten X begegnet" is a meeting there', () => {
    expect(run('Barack Obama reist nach Addis Abeba weiter, wo er am Montag dem äthiopischen Ministerpräsidenten Hailemariam Desalegn begegnet.', '2015-07-25', 'de')).toContain('meeting 2015-07-27..2015-07-27 Addis Ababa scheduled Barack Obama + Hailemariam Desalegn');
  });
});

describe('a word of sequence goes on where the story was', () => {
  it('de: "hält heute in Nairobi eine Rede. Später trifft er X" meets in Nairobi', () => {
    expect(run('US-Präsident Barack Obama hält heute in Nairobi eine Rede. Später trifft er den kenianischen Präsidenten Uhuru Kenyatta.', '2015-07-25', 'de')).toEqual(['meeting 2015-07-25..2015-07-25 Nairobi scheduled Barack Obama + Uhuru Kenyatta']);
  });
  it('en: "speaks in Nairobi today. Later he meets X" the same', () => {
    expect(run('Barack Obama gives a speech in Nairobi today. Later he meets Uhuru Kenyatta.', '2015-07-25', 'en')).toEqual(['meeting 2015-07-25..2015-07-25 Nairobi scheduled Barack Obama + Uhuru Kenyatta']);
  });
});
