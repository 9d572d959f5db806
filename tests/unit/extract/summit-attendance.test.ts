import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

/** Summits told the way wire copy tells them: lists without a verb, venues, wrapped lines, datelines. */
describe('summit attendance without a verb of attending', () => {
  it('a list of leaders beside a summit just told attends it (it)', () => {
    const text =
      'Roma, 4 mag. (Wire) – I leader del G7 si sono seduti a tavola per la cena che apre il vertice di Taormina. ' +
      'Attorno al tavolo ci sono il presidente francese Emmanuel Macron, la cancelliera tedesca Angela Merkel e il premier giapponese Shinzo Abe.';
    expect(run(text, '2017-05-26', 'it')).toContain('summit 2017-05-26..2017-05-26 Taormina held Angela Merkel + Emmanuel Macron + Shinzo Abe');
  });
  it('a list of leaders beside a summit just told attends it (en)', () => {
    const text =
      'The G20 summit opened today in Hangzhou. Around the table: US President Barack Obama, Chinese President Xi Jinping, Russian President Vladimir Putin and British Prime Minister Theresa May.';
    expect(run(text, '2016-09-04', 'en')).toContain('summit 2016-09-04..2016-09-04 Hangzhou held Barack Obama + Theresa May + Vladimir Putin + Xi Jinping');
  });
  it('offices without names ("the presidents of Chile, Peru and Ecuador") are not a list of attendees (es)', () => {
    const text =
      'La cumbre del Mercosur se celebra el jueves 16 de julio en Brasilia. También han sido invitados los presidentes de Chile, Perú, Ecuador y Colombia.';
    const events = run(text, '2015-07-14', 'es');
    expect(events.join('\n')).not.toMatch(/Bachelet|Humala|Correa|Santos/);
  });
  it('a summit told first and without a day is the news of the report’s day; a later date replaces the assumed one (fr)', () => {
    const text =
      'Les dirigeants de l’Union africaine ont confirmé leur présence au sommet. ' +
      'Le sommet aura lieu le dimanche 9 février à Addis-Abeba, en présence du président sénégalais Macky Sall, du président rwandais Paul Kagame et du président égyptien Abdel Fattah al-Sissi.';
    expect(run(text, '2020-02-05', 'fr')).toContain('summit 2020-02-09..2020-02-09 Addis Ababa scheduled Abdel Fattah al-Sisi + Macky Sall + Paul Kagame');
  });
});

describe('what is not a summit', () => {
  it.each([
    ['it', 'Il presidente Sergio Mattarella ha tenuto oggi una conferenza stampa a Roma.', '2020-03-02'],
    ['fr', 'Le président Emmanuel Macron a tenu aujourd’hui une conférence de presse à Paris.', '2020-03-02'],
    ['de', 'Bundeskanzlerin Angela Merkel gab heute in Berlin eine Pressekonferenz.', '2020-03-02'],
    ['es', 'El presidente Pedro Sánchez ofreció hoy una rueda de prensa en Madrid.', '2020-03-02'],
    ['en', 'President Joe Biden held a press conference in Washington today.', '2022-03-02'],
  ] as const)('a press conference (%s)', (lang, text, day) => {
    expect(run(text, day, lang).filter((e) => /^(summit|conference) /.test(e))).toEqual([]);
  });
  it('the presidency of a group is not its summit (it)', () => {
    const text = 'Il presidente del Consiglio Silvio Berlusconi ha assunto oggi a Roma la presidenza del G8.';
    expect(run(text, '2009-01-01', 'it').filter((e) => e.startsWith('summit'))).toEqual([]);
  });
});

describe('venues and the lines of wire copy', () => {
  it.each([
    ['de', 'Bundeskanzler Olaf Scholz empfängt am Montag auf Schloss Meseberg den französischen Präsidenten Emmanuel Macron.', '2022-09-03', 'Meseberg'],
    ['es', 'El rey Felipe VI recibió el lunes en el Palacio de El Pardo al presidente de Chile, Sebastián Piñera.', '2019-10-30', 'Madrid'],
    ['en', 'President Barack Obama will meet Indonesian President Joko Widodo at Sunnylands on Monday.', '2016-02-12', 'Rancho Mirage'],
    ['fr', 'Emmanuel Macron recevra lundi au fort de Brégançon le président russe Vladimir Poutine.', '2019-08-16', 'Bormes-les-Mimosas'],
  ] as const)('a resort, castle or palace is a place with its zone (%s)', (lang, text, day, place) => {
    expect(run(text, day, lang).some((e) => e.includes(` ${place} `))).toBe(true);
  });
  it('a hard-wrapped report keeps a name broken across two lines whole', () => {
    const text = [
      'Roma, 8 lug. (Wire) – I leader dei paesi più industrializzati si sono',
      'accomodati a tavola per la colazione che apre i lavori del G8, nella',
      'caserma di Coppito. Seduti attorno al tavolo con il padrone di casa Silvio',
      'Berlusconi ci sono il presidente degli Stati Uniti, Barack Obama, e la',
      'cancelliera tedesca Angela Merkel, presidente di turno del Consiglio.',
      'La colazione di lavoro è dedicata ai temi dell’economia.',
    ].join('\n');
    expect(peopleOf(text, 'it', '2009-07-08')).toEqual(['Silvio Berlusconi', 'Barack Obama', 'Angela Merkel']);
  });
  it('a dateline opening with a town the tables do not list places the report there', () => {
    const text = 'ASOLO, 3 luglio (Wire) – Il ministro Luigi Di Maio ha incontrato oggi il ministro francese Jean-Yves Le Drian.';
    expect(run(text, '2021-07-03', 'it')).toEqual(['meeting 2021-07-03..2021-07-03 Asolo held Jean-Yves Le Drian + Luigi Di Maio']);
  });
});

describe('taking part in a summit, in five languages', () => {
  // Published Tuesday 4 June 2024.
  it.each([
    ['en', 'Foreign Secretary David Lammy attended a meeting of G7 foreign ministers in Capri on Monday.', 'summit 2024-06-03..2024-06-03 Capri held David Lammy'],
    ['it', 'Il ministro degli Esteri Antonio Tajani ha preso parte lunedì alla riunione dei ministri degli Esteri del G7 a Capri.', 'summit 2024-06-03..2024-06-03 Capri held Antonio Tajani'],
    ['fr', "Le président Emmanuel Macron a assisté lundi au sommet de l'Union africaine à Addis-Abeba.", 'summit 2024-06-03..2024-06-03 Addis Ababa held Emmanuel Macron'],
    ['es', 'El presidente Pedro Sánchez asistirá el jueves y el viernes al Consejo Europeo en Bruselas.', 'summit 2024-06-06..2024-06-07 Brussels scheduled Pedro Sánchez'],
    ['de', 'Bundeskanzler Olaf Scholz nimmt am Donnerstag und Freitag am EU-Gipfel in Brüssel teil.', 'summit 2024-06-06..2024-06-07 Brussels scheduled Olaf Scholz'],
  ] as const)('%s: %s', (lang, text, summit) => {
    expect(run(text, '2024-06-04', lang)).toEqual([summit]);
  });
});

describe('summits: sidelines, stand-ins, continuation', () => {
  it('a sideline meeting with no day of its own is on the summit\'s day (en)', () => {
    const text = 'NAIROBI, March 2 (East Wire) - East African leaders gather in Kampala on Friday for a summit on trade. President William Ruto and President Samia Suluhu Hassan will attend. On the sidelines of the summit, Ruto will hold talks with Hassan.';
    expect(run(text, '2026-03-02', 'en')).toContain('meeting 2026-03-06..2026-03-06 Kampala scheduled Samia Suluhu Hassan + William Ruto');
  });
  it('"MM. A et B" does not end the sentence (fr)', () => {
    const text = "ABIDJAN, 2 mars (Agence) - Le sommet s'ouvre jeudi à Accra en présence du président Alassane Ouattara et du président John Mahama. En marge du sommet, MM. Ouattara et Mahama auront un entretien bilatéral.";
    expect(run(text, '2026-03-02', 'fr')).toContain('meeting 2026-03-05..2026-03-05 Accra scheduled Alassane Ouattara + John Dramani Mahama');
  });
  it('"retenuto a Roma, si è fatto rappresentare dal ministro X": the leader is absent, the stand-in attends (it)', () => {
    const text = 'ROMA, 2 marzo (Agenzia) - Il vertice si apre giovedì a Bruxelles alla presenza del cancelliere Friedrich Merz. Il presidente Emmanuel Macron, trattenuto a Parigi, si farà rappresentare dal ministro Jean-Noël Barrot.';
    const r = run(text, '2026-03-02', 'it').join('\n');
    expect(r).not.toContain('Emmanuel Macron');
  });
  it('"die Beratungen gehen am Freitag weiter" extends an opened summit (de)', () => {
    const text = 'BRÜSSEL, 5. März (dpa) - Der EU-Gipfel in Brüssel hat am Donnerstag begonnen. Erwartet werden Bundeskanzler Friedrich Merz und Präsident Emmanuel Macron. Die Beratungen gehen am Freitag weiter.';
    expect(run(text, '2026-03-05', 'de').some((l) => l.startsWith('summit 2026-03-05..2026-03-06 Brussels'))).toBe(true);
  });
});
