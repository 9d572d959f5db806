import { describe, it, expect } from 'vitest';
import { run, datesOf } from './helpers';
import { extractEvents } from '../../../lib/extract';

// Grammar rules of the third round, each with fresh sentences (not taken from any corpus article).

describe('ordinal days of a stay', () => {
  it('"il secondo giorno" counts from the start of a stay with known days (it)', () => {
    const text = 'ROMA, 2 ottobre (Agenzia) - Il ministro Antonio Tajani sarà a Varsavia dal 5 al 7 ottobre. Il secondo giorno incontrerà il ministro Radosław Sikorski.';
    expect(run(text, '2026-10-02', 'it')).toContain('meeting 2026-10-06..2026-10-06 Warsaw scheduled Antonio Tajani + Radosław Sikorski');
  });
  it('"on day three" and "the final day" (en), "am zweiten Tag" (de), "la troisième journée" (fr), "el segundo día" (es)', () => {
    expect(datesOf('The visit runs from March 3 to March 6. On day three he tours the port; the final day is free.', 'en', '2026-03-01')).toEqual(['March 3 to March 6=2026-03-03..2026-03-06', 'day three=2026-03-05', 'final day=2026-03-06']);
    expect(datesOf('Der Besuch dauert vom 3. bis 5. März. Am zweiten Tag folgt Krakau.', 'de', '2026-03-01')).toContain('zweiten Tag=2026-03-04');
    expect(datesOf('La visite aura lieu du 3 au 5 mars. La troisième journée sera consacrée à Lyon.', 'fr', '2026-03-01')).toContain('troisième journée=2026-03-05');
    expect(datesOf('La gira será del 3 al 5 de marzo. El segundo día viajará a Sevilla.', 'es', '2026-03-01')).toContain('segundo día=2026-03-04');
  });
  it('an ordinal day with no stay told is the report’s day (the stay began before it); one still to come is not dated', () => {
    expect(datesOf('On the second day of talks, nothing moved.', 'en', '2026-03-01')).toEqual(['second day=2026-03-01']);
    expect(datesOf('On the second day of talks, the ministers will sign the accord.', 'en', '2026-03-01')).toEqual([]);
  });
});

describe('"Thursday week"', () => {
  it('is the Thursday after the coming one; "this Thursday" is the coming one (en)', () => {
    // 2026-03-02 is a Monday.
    expect(datesOf('He meets her this Thursday and flies to Lima on Thursday week.', 'en', '2026-03-02')).toEqual(['this Thursday=2026-03-05', 'Thursday week=2026-03-12']);
  });
  it('"in two weeks\' time" names no day: the event is not returned', () => {
    const text = 'OTTAWA, March 2 (Maple Wire) - Foreign Minister Anita Anand is expected in Canberra in two weeks\' time to meet Foreign Minister Penny Wong.';
    expect(run(text, '2026-03-02', 'en')).toEqual([]);
  });
});

describe('postponed to a new day', () => {
  it('a meeting noun phrase keeps its place and takes the new day (en)', () => {
    const text = 'MADRID, March 2 (Iberia Wire) - The meeting between Foreign Minister José Manuel Albares and his French counterpart Jean-Noël Barrot, planned for Thursday in Paris, has been postponed to March 12 because of the strikes.';
    expect(run(text, '2026-03-02', 'en')).toEqual(['meeting 2026-03-12..2026-03-12 Paris scheduled Jean-Noël Barrot + José Manuel Albares']);
  });
  it('"auf den 20. März verschoben" (de)', () => {
    const text = 'WIEN, 2. März (APA) - Das Treffen zwischen Außenministerin Beate Meinl-Reisinger und dem tschechischen Außenminister Petr Macinka, ursprünglich für Freitag in Prag geplant, wurde auf den 20. März verschoben.';
    expect(run(text, '2026-03-02', 'de').filter((l) => l.startsWith('meeting'))).toEqual(['meeting 2026-03-20..2026-03-20 Prague scheduled Beate Meinl-Reisinger + Petr Macinka']);
  });
});

describe('a meeting noun with its own day and new people is a new event', () => {
  it('"la conversation de demain entre A et B" after another event (fr)', () => {
    const text = "PARIS, 2 mars (AFP) - Le ministre Jean-Noël Barrot recevra jeudi le ministre Radosław Sikorski au Quai d'Orsay. Est également maintenu l'entretien téléphonique de demain entre M. Barrot et le secrétaire d'État Marco Rubio.";
    const r = run(text, '2026-03-02', 'fr');
    expect(r).toContain('call 2026-03-03..2026-03-03 - scheduled Jean-Noël Barrot + Marco Rubio');
  });
});

describe('live-blog entries headed by a time', () => {
  it('an entry with no day of its own is on the day of the report (en)', () => {
    const text = 'BERLIN, May 5 (Spree Wire) - Live: Chancellor Friedrich Merz in Warsaw.\n\n10:15 – Chancellor Friedrich Merz has arrived in Warsaw.\n\n11:40 – In Warsaw, Merz meets Prime Minister Donald Tusk.\n';
    const r = run(text, '2026-05-05', 'en');
    expect(r).toContain('meeting 2026-05-05..2026-05-05 Warsaw scheduled Donald Tusk + Friedrich Merz');
  });
  it('a clock time inside a sentence is no entry heading', () => {
    const text = 'Chancellor Friedrich Merz said at 10:15 that he would meet Prime Minister Donald Tusk one day.';
    expect(run(text, '2026-05-05', 'en')).toEqual([]);
  });
});

describe('discourse markers are not prepositions', () => {
  it('"Por su parte, la ministra X" makes X the subject of her own trip (es)', () => {
    const text = 'MADRID, 2 de marzo (Agencia) - El ministro Luis Planas viajará el jueves 5 de marzo a Lisboa. Por su parte, la ministra de Hacienda, María Jesús Montero, estará el lunes 9 en Roma, donde se reunirá con el ministro Giancarlo Giorgetti.';
    const r = run(text, '2026-03-02', 'es');
    expect(r).toContain('visit 2026-03-09..2026-03-09 Rome scheduled María Jesús Montero');
    expect(r).toContain('meeting 2026-03-09..2026-03-09 Rome scheduled Giancarlo Giorgetti + María Jesús Montero');
  });
  it('"Dal canto suo, il ministro X" (it)', () => {
    const text = 'ROMA, 2 marzo (Agenzia) - Il ministro Antonio Tajani sarà giovedì 5 marzo a Madrid. Dal canto suo, il ministro Guido Crosetto sarà lunedì 9 marzo a Vilnius.';
    expect(run(text, '2026-03-02', 'it')).toContain('visit 2026-03-09..2026-03-09 Vilnius scheduled Guido Crosetto');
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

describe('diary entries', () => {
  it('"his Italian counterpart X": the nationality is no name (en)', () => {
    const text = 'DIPLOMATIC DIARY (Wire, March 2)\n\nWednesday, March 4: Spanish Foreign Minister José Manuel Albares receives his Italian counterpart Antonio Tajani in Madrid.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toEqual(['meeting 2026-03-04..2026-03-04 Madrid scheduled Antonio Tajani + José Manuel Albares']);
  });
  it('"NATO defence ministers meet in Brussels, chaired by X" is a gathering X attends (en)', () => {
    const text = 'DIPLOMATIC DIARY (Wire, March 2)\n\nMonday, March 2: Chancellor Friedrich Merz receives Prime Minister Donald Tusk in Berlin.\n\nThursday, March 5: NATO defence ministers meet in Brussels, chaired by Secretary General Mark Rutte.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toContain('conference 2026-03-05..2026-03-05 Brussels scheduled Mark Rutte');
    expect(r.some((l) => l.includes('Donald Tusk + Mark Rutte') || l.includes('Friedrich Merz + Mark Rutte'))).toBe(false);
  });
  it('"i ministri degli Esteri dell\'Ue si riuniscono" (it)', () => {
    const text = "ROMA, 2 marzo (Agenzia) - Giovedì 5 marzo i ministri degli Esteri dell'Ue si riuniscono a Bruxelles, alla presenza dell'Alta rappresentante Kaja Kallas.";
    expect(run(text, '2026-03-02', 'it').some((l) => /^(?:conference|summit) 2026-03-05\.\.2026-03-05 Brussels .* Kaja Kallas$/.test(l))).toBe(true);
  });
});

describe('a French host who "recevra par ailleurs" a guest keeps both of the day’s meetings', () => {
  it('gives the host one meeting with the guest and one with the dinner partner the next day', () => {
    const text =
      "PARIS, 9 mars (Summitry Wire) - Emmanuel Macron s'est entretenu lundi au téléphone avec le président brésilien Lula. Le chef de l'État recevra par ailleurs le Premier ministre espagnol Pedro Sánchez à Paris jeudi 12 mars, avant un déjeuner de travail avec la présidente du Conseil italienne Giorgia Meloni le lendemain à Rome.";
    const pairs = extractEvents(text, { published: '2026-03-09' })
      .events.filter((e) => e.kind === 'meeting')
      .map((e) => e.participants.map((p) => p.name.split(' ').at(-1)).sort().join('+'));
    expect(pairs).toContain('Macron+Sánchez');
    expect(pairs).not.toContain('Meloni+Sánchez');
  });
});
