import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/meetings.ts and meeting-sides.ts: who meets whom, one meeting per bilateral.
describe('a meeting word pairs its subject with each side it meets', () => {
  it('a guest meeting two people holds two bilaterals (en)', () => {
    expect(run('Emmanuel Macron will meet Friedrich Merz and Keir Starmer in London on Tuesday.', '2026-03-02', 'en')).toEqual([
      'meeting 2026-03-03..2026-03-03 London scheduled Emmanuel Macron + Friedrich Merz',
      'meeting 2026-03-03..2026-03-03 London scheduled Emmanuel Macron + Keir Starmer',
    ]);
  });

  it('a host receiving two people receives one delegation (en)', () => {
    expect(run('Keir Starmer will receive Friedrich Merz and Johann Wadephul at Downing Street on Tuesday.', '2026-03-02', 'en')).toEqual([
      'meeting 2026-03-03..2026-03-03 London scheduled Friedrich Merz + Johann Wadephul + Keir Starmer',
    ]);
  });

  it.each([
    ['es', 'Recibió el rey Felipe VI al presidente Emmanuel Macron el lunes en Madrid.', 'meeting 2026-03-02..2026-03-02 Madrid held Emmanuel Macron + Felipe VI'],
    ['de', 'Friedrich Merz hat am Montag in Berlin den britischen Premierminister Keir Starmer empfangen.', 'meeting 2026-03-02..2026-03-02 Berlin held Friedrich Merz + Keir Starmer'],
    ['it', "L'incontro tra Giorgia Meloni e Keir Starmer si terrà martedì a Roma.", 'meeting 2026-03-03..2026-03-03 Rome scheduled Giorgia Meloni + Keir Starmer'],
  ] as const)('word order in %s', (lang, text, meeting) => {
    expect(run(text, '2026-03-02', lang)).toEqual([meeting]);
  });

  it('a pronoun subject is the person followed, at the stop of the trip (en)', () => {
    expect(run('Emmanuel Macron arrived in Berlin on Monday. He will meet Chancellor Friedrich Merz on Tuesday.', '2026-03-02', 'en')).toEqual([
      'visit 2026-03-02..2026-03-03 Berlin scheduled Emmanuel Macron',
      'meeting 2026-03-03..2026-03-03 Berlin scheduled Emmanuel Macron + Friedrich Merz',
    ]);
  });
});

// find-references.ts pluralCounterpartReferences: "his counterparts from A, B and C" are each country's holder of his office.
describe('counterparts from a list of countries are each met', () => {
  const ministers = ['Tomáš Petříček', 'Ivan Korčok', 'Péter Szijjártó'];
  it.each([
    ['de', 'Bereits am Dienstag traf Außenminister Alexander Schallenberg in Wien seine Amtskollegen aus Tschechien, der Slowakei und Ungarn.'],
    ['en', 'Foreign Minister Alexander Schallenberg met his counterparts from the Czech Republic, Slovakia and Hungary in Vienna on Tuesday.'],
    ['it', 'Il ministro degli Esteri Alexander Schallenberg ha incontrato martedì a Vienna i suoi omologhi di Repubblica Ceca, Slovacchia e Ungheria.'],
  ] as const)('one by one by a guest (%s)', (lang, text) => {
    expect(run(text, '2020-06-18', lang).sort()).toEqual(ministers.map((m) => `meeting 2020-06-16..2020-06-16 Vienna held ${[m, 'Alexander Schallenberg'].sort().join(' + ')}`).sort());
  });

  it.each([
    ['fr', 'Le ministre des Affaires étrangères Alexander Schallenberg a reçu mardi à Vienne ses homologues tchèque, slovaque et hongrois.'],
    ['es', 'El ministro de Exteriores Alexander Schallenberg recibió el martes en Viena a sus homólogos de Chequia, Eslovaquia y Hungría.'],
  ] as const)('together by a host (%s)', (lang, text) => {
    expect(run(text, '2020-06-18', lang)).toEqual([`meeting 2020-06-16..2020-06-16 Vienna held ${['Alexander Schallenberg', ...ministers].sort().join(' + ')}`]);
  });
});

describe('where and when a meeting is, from the rest of the sentence and the report', () => {
  it('a meeting in the sentence of a trip is at the trip’s place (en)', () => {
    expect(run("Uruguay's Defence Minister Javier García will visit Brasilia next week, and meet his Brazilian counterpart José Múcio on Tuesday.", '2024-03-15', 'en')).toEqual([
      'visit 2024-03-19..2024-03-19 Brasília scheduled Javier García',
      'meeting 2024-03-19..2024-03-19 Brasília scheduled Javier García + José Múcio',
    ]);
  });

  it.each([
    ['fr', "Emmanuel Macron et Olaf Scholz se sont rencontrés jeudi à Paris. Les deux dirigeants s'étaient déjà vus le 12 octobre à Hambourg."],
    ['en', 'Emmanuel Macron and Olaf Scholz met in Paris on Thursday. The two leaders last met in Hamburg on October 12.'],
    ['it', "Emmanuel Macron e Olaf Scholz si sono incontrati giovedì a Parigi. I due si erano visti l'ultima volta il 12 ottobre ad Amburgo."],
    ['de', 'Emmanuel Macron und Olaf Scholz trafen sich am Donnerstag in Paris. Die beiden hatten sich zuletzt am 12. Oktober in Hamburg getroffen.'],
  ] as const)('an earlier meeting recalled with its day is returned too (%s)', (lang, text) => {
    expect(run(text, '2024-03-15', lang)).toEqual(['meeting 2024-03-14..2024-03-14 Paris held Emmanuel Macron + Olaf Scholz', 'meeting 2023-10-12..2023-10-12 Hamburg held Emmanuel Macron + Olaf Scholz']);
  });
});

describe('what is not a meeting', () => {
  it.each([
    ['en', "Scholz welcomed Macron's proposal on Thursday and criticised Putin."],
    ['it', 'Meloni ha accolto con favore giovedì la proposta di Macron e ha criticato Putin.'],
    ['fr', "Macron a salué jeudi la décision d'Olaf Scholz et critiqué Vladimir Poutine."],
    ['es', 'Sánchez celebró el jueves la propuesta de Macron y criticó a Putin.'],
  ] as const)('welcoming someone’s proposal and criticising someone else (%s)', (lang, text) => {
    expect(run(text, '2024-03-15', lang)).toEqual([]);
  });
});

describe('a meeting on the sidelines of a summit', () => {
  it.each([
    ['fr', 'Macron et Scholz se sont entretenus en marge du sommet européen jeudi à Bruxelles.', 'Emmanuel Macron + Olaf Scholz'],
    ['es', 'Sánchez y Scholz mantuvieron un encuentro al margen de la cumbre europea el jueves en Bruselas.', 'Olaf Scholz + Pedro Sánchez'],
    ['de', 'Scholz und Meloni kamen am Donnerstag am Rande des EU-Gipfels in Brüssel zu einem Gespräch zusammen.', 'Giorgia Meloni + Olaf Scholz'],
  ] as const)('is a meeting of the two (%s)', (lang, text, pair) => {
    expect(run(text, '2024-03-15', lang)).toContain(`meeting 2024-03-14..2024-03-14 Brussels held ${pair}`);
  });
});

describe('words of meeting over a meal, a talk or an exchange', () => {
  // Published Tuesday 4 June 2024: "Monday" is 3 June.
  it.each([
    ['es', 'El presidente Pedro Sánchez se entrevistó con el canciller Olaf Scholz el lunes.'],
    ['es', 'El presidente Pedro Sánchez conversó con el canciller Olaf Scholz el lunes.'],
    ['es', 'El presidente Pedro Sánchez almorzó con el canciller Olaf Scholz el lunes.'],
    ['es', 'El presidente Pedro Sánchez se encontró con el canciller Olaf Scholz el lunes.'],
    ['it', 'Il presidente Sergio Mattarella ha pranzato con il cancelliere Olaf Scholz lunedì.'],
    ['it', 'Il presidente Sergio Mattarella si è intrattenuto con il cancelliere Olaf Scholz lunedì.'],
    ['fr', 'Le président Emmanuel Macron a déjeuné avec le chancelier Olaf Scholz lundi.'],
    ['fr', "Le président Emmanuel Macron s'est réuni avec le chancelier Olaf Scholz lundi."],
    ['fr', 'Le président Emmanuel Macron a échangé avec le chancelier Olaf Scholz lundi.'],
    ['en', 'Prime Minister Keir Starmer talked with Chancellor Olaf Scholz on Monday.'],
    ['de', 'Ministerpräsident Mark Rutte tauschte sich am Montag mit dem Bundeskanzler Olaf Scholz aus.'],
    ['de', 'Ministerpräsident Mark Rutte hat am Montag mit dem Bundeskanzler Olaf Scholz zu Abend gegessen.'],
    ['de', 'Ministerpräsident Mark Rutte beriet am Montag mit dem Bundeskanzler Olaf Scholz.'],
  ] as const)('%s: %s', (lang, text) => {
    const meetings = run(text, '2024-06-04', lang).filter((e) => e.startsWith('meeting'));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatch(/^meeting 2024-06-03\.\.2024-06-03 .* held .*Olaf Scholz/);
  });
});
