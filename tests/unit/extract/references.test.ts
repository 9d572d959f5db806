import { describe, it, expect } from 'vitest';
import { peopleOf, run } from './helpers';

// People named by their office on the report's day, by "counterpart", or as "the two leaders".

describe('an office named with a nationality is its holder on the publication day', () => {
  it('"the Japanese prime minister" in 2007 and in 2021 (en)', () => {
    const text = 'Chinese Premier Wen Jiabao met the Japanese prime minister in Tokyo on Wednesday.';
    expect(run(text, '2007-04-12', 'en')).toContain('meeting 2007-04-11..2007-04-11 Tokyo held Shinzo Abe + Wen Jiabao');
    expect(run(text.replace('Chinese Premier Wen Jiabao', 'Chinese Premier Li Keqiang'), '2021-06-10', 'en')).toContain('meeting 2021-06-09..2021-06-09 Tokyo held Li Keqiang + Yoshihide Suga');
  });
  it('"il presidente francese" (it) and "der russische Präsident" (de)', () => {
    expect(run('Il premier Romano Prodi ha incontrato ieri a Roma il presidente francese.', '2007-09-20', 'it')).toContain('meeting 2007-09-19..2007-09-19 Rome held Nicolas Sarkozy + Romano Prodi');
    expect(run('Bundeskanzlerin Angela Merkel traf am Montag in Sotschi den russischen Präsidenten.', '2010-02-10', 'de')).toContain('meeting 2010-02-08..2010-02-08 Sochi held Angela Merkel + Dmitry Medvedev');
  });
  it('"his Japanese counterpart" takes the office of the person before it (en)', () => {
    const text = "China's Premier, Wen Jiabao, began summit talks with his Japanese counterpart in Tokyo on Wednesday.";
    expect(run(text, '2007-04-11', 'en')).toContain('meeting 2007-04-11..2007-04-11 Tokyo held Shinzo Abe + Wen Jiabao');
  });
  it('leaves an apposition to the name it gives (es)', () => {
    const text = 'El presidente francés, Emmanuel Macron, recibió el lunes en París al canciller uruguayo Mario Lubetkin.';
    expect(run(text, '2025-03-05', 'es')).toEqual(['meeting 2025-03-03..2025-03-03 Paris held Emmanuel Macron + Mario Lubetkin']);
  });
});

describe('"the two leaders" are the two people just named', () => {
  it('a call told as "the two men spoke by phone" (en)', () => {
    const text = 'Prime Minister Justin Trudeau congratulated U.S. President Donald Trump on his inauguration. The two men spoke by phone Saturday.';
    expect(run(text, '2017-01-21', 'en')).toEqual(['call 2017-01-21..2017-01-21 - held Donald Trump + Justin Trudeau']);
  });
  it('"les deux hommes se sont entretenus" (fr)', () => {
    const text = "Le président Emmanuel Macron a félicité le chancelier Friedrich Merz. Les deux hommes se sont entretenus mardi au téléphone.";
    expect(run(text, '2025-05-08', 'fr')).toEqual(['call 2025-05-06..2025-05-06 - held Emmanuel Macron + Friedrich Merz']);
  });
  it('is nobody when the last sentence named more than two (en)', () => {
    const text = 'Shehbaz Sharif, Asim Munir and Ishaq Dar arrived in Riyadh on Sunday. The two men met reporters later.';
    expect(run(text, '2026-01-13', 'en').some((l) => l.startsWith('meeting'))).toBe(false);
  });
});

describe('offices joined by a conjunction', () => {
  it('"der Kanzler und der russische Präsident" are two offices, not a Russian chancellor', () => {
    expect(peopleOf('Der Kanzler und der russische Präsident werden dabei sein.', 'de', '2005-09-08')).toEqual(['Vladimir Putin']);
  });
});

describe('plural offices of listed countries', () => {
  it('"los presidentes de Argentina, Paraguay, Uruguay y Venezuela" are those countries\' presidents on the day (es)', () => {
    const people = peopleOf('Los presidentes de Argentina, Paraguay, Uruguay y Venezuela han confirmado su asistencia a la cumbre.', 'es', '2015-07-14');
    expect(people).toEqual(['Cristina Fernández de Kirchner', 'Horacio Cartes', 'Tabaré Vázquez', 'Nicolás Maduro']);
  });
  it('a holder the text names is not added twice (es)', () => {
    expect(peopleOf('Son esperados los presidentes de Bolivia, Evo Morales, y de Paraguay, Horacio Cartes.', 'es', '2017-12-21')).toEqual(['Evo Morales', 'Horacio Cartes']);
  });
});

describe('a title with a surname alone', () => {
  it('"Außenminister Fischer" in 2001 is the foreign minister of that name then, Joschka Fischer (de)', () => {
    expect(peopleOf('Morgen wird Außenminister Fischer eine Nahostreise antreten.', 'de', '2001-09-30')).toEqual(['Joschka Fischer']);
  });
  it('"Bundespräsident Fischer" in 2010 is Heinz Fischer (de)', () => {
    expect(peopleOf('Bundespräsident Fischer empfängt am Montag den Gast.', 'de', '2010-05-03')).toEqual(['Heinz Fischer']);
  });
});

describe('hard-wrapped paragraphs', () => {
  it('a line broken mid-sentence is one paragraph, not a headline (de)', () => {
    const text = 'Morgen wird Außenminister Joschka Fischer eine Nahostreise antreten.\n\nAm nächsten Tag wird er dann weiter nach Beirut reisen. Seine Gesprächspartner hierzu\nwerden der libanesische Präsident und der Außenminister sein.';
    expect(run(text, '2001-09-30', 'de')).toContain('visit 2001-10-02..2001-10-02 Beirut scheduled Joschka Fischer');
  });
});

describe('"the two leaders" as a subject', () => {
  it('is a meeting of the two when the report has not said they met (it)', () => {
    const text = 'Roma, 12 giugno 2008 - Berlusconi mostra il braccio e Bush sorride ai fotografi. Dopo il picchetto d\'onore, i due leader entrano a Villa Madama a braccetto.';
    expect(run(text, '2008-06-12', 'it')).toEqual(['meeting 2008-06-12..2008-06-12 Rome scheduled George W. Bush + Silvio Berlusconi']);
  });
  it('elaborates a meeting already reported rather than adding one (en)', () => {
    const text = 'President Emmanuel Macron will be received by President Lee Jae-myung in Seoul on April 9. The two leaders are to adopt a road map on nuclear energy.';
    expect(run(text, '2026-04-02', 'en').filter((e) => e.startsWith('meeting'))).toEqual(['meeting 2026-04-09..2026-04-09 Seoul scheduled Emmanuel Macron + Lee Jae-myung']);
  });
});


describe('offices without a name, read against the day (issue 12)', () => {
  it('"le chef de la diplomatie française" and "son homologue espagnol" are the two foreign ministers of the day (fr)', () => {
    expect(run('Le chef de la diplomatie française a rencontré lundi à Madrid son homologue espagnol.', '2010-05-10', 'fr')).toEqual(['meeting 2010-05-10..2010-05-10 Madrid held Bernard Kouchner + Miguel Ángel Moratinos']);
  });

  it('"il presidente del Consiglio" in an Italian report is Italy’s head of government (it)', () => {
    expect(run('Il presidente del Consiglio ha ricevuto ieri a Palazzo Chigi il primo ministro britannico.', '2010-05-10', 'it')).toEqual(['meeting 2010-05-09..2010-05-09 Rome held Gordon Brown + Silvio Berlusconi']);
  });

  it('a council’s president, a vice president or a former president is not the holder of the day', () => {
    expect(peopleOf('Il Presidente del Consiglio di Stato del Canton Ticino riceve oggi Napolitano.', 'it', '2014-05-21')).not.toContain('Matteo Renzi');
    expect(peopleOf('Il Vice Presidente del Consiglio Massimo D’Alema ha incontrato oggi Carl Bildt.', 'it', '2007-01-16')).not.toContain('Romano Prodi');
    expect(peopleOf('The former French president spoke in Berlin on Monday.', 'en', '2014-05-21')).not.toContain('François Hollande');
    expect(peopleOf('The French president spoke in Berlin on Monday.', 'en', '2014-05-21')).toContain('François Hollande');
  });
});
