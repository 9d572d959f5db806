import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/talks-resumed.ts: "the talks continue on Tuesday in Paris" is the same meeting again, on that day, there.
describe('talks resumed on another day are the same people meeting again', () => {
  it.each([
    ['de', 'Bundeskanzler Friedrich Merz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron. Die Gespräche werden am Dienstag in Paris fortgesetzt.', 'Berlin', 'Paris', 'Emmanuel Macron + Friedrich Merz'],
    ['fr', 'Jean-Noël Barrot a rencontré lundi à Rome Antonio Tajani. Les entretiens se poursuivent mardi à Milan.', 'Rome', 'Milan', 'Antonio Tajani + Jean-Noël Barrot'],
    ['it', 'Antonio Tajani ha incontrato lunedì a Roma Jean-Noël Barrot. I colloqui proseguono martedì a Milano.', 'Rome', 'Milan', 'Antonio Tajani + Jean-Noël Barrot'],
    ['es', 'José Manuel Albares se reunió el lunes en Madrid con Jean-Noël Barrot. Las conversaciones continúan el martes en Sevilla.', 'Madrid', 'Seville', 'Jean-Noël Barrot + José Manuel Albares'],
  ] as const)('%s', (lang, text, first, second, pair) => {
    const out = run(text, '2026-03-02', lang);
    expect(out).toContain(`meeting 2026-03-02..2026-03-02 ${first} held ${pair}`);
    expect(out).toContain(`meeting 2026-03-03..2026-03-03 ${second} scheduled ${pair}`);
  });
});
