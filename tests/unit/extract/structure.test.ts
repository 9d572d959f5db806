import { describe, it, expect } from 'vitest';
import { run } from './helpers';

// Short wire stories written for these tests (not from the dev corpus), one per construction.
describe('trips, meetings and summits across languages', () => {
  it('en: a two-city trip with weekday stops and a meeting in each city', () => {
    const text =
      'WASHINGTON (AP) — Secretary of State Marco Rubio will travel to Brussels and Berlin next week for talks on Ukraine, the State Department said Friday.\n\nRubio will meet NATO Secretary General Mark Rutte in Brussels on Tuesday. On Wednesday he will be in Berlin, where he is scheduled to hold talks with German Foreign Minister Johann Wadephul.';
    expect(run(text, '2026-03-06', 'en')).toEqual([
      'visit 2026-03-10..2026-03-10 Brussels scheduled Marco Rubio',
      'visit 2026-03-11..2026-03-11 Berlin scheduled Marco Rubio',
      'meeting 2026-03-10..2026-03-10 Brussels scheduled Marco Rubio + Mark Rutte',
      'meeting 2026-03-11..2026-03-11 Berlin scheduled Johann Wadephul + Marco Rubio',
    ]);
  });

  it('en: a past summit with its host, attendees and a sideline bilateral', () => {
    const text =
      'JOHANNESBURG, Nov 24 (Reuters) - Leaders of the Group of 20 ended a two-day summit in Johannesburg on Sunday.\n\nSouth African President Cyril Ramaphosa hosted the summit, attended by Chinese Premier Li Qiang, Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva. On the sidelines on Saturday, Modi and Lula held a bilateral meeting.';
    expect(run(text, '2025-11-24', 'en')).toEqual([
      'summit 2025-11-22..2025-11-23 Johannesburg held Cyril Ramaphosa + Li Qiang + Luiz Inácio Lula da Silva + Narendra Modi',
      'meeting 2025-11-22..2025-11-22 Johannesburg held Luiz Inácio Lula da Silva + Narendra Modi',
    ]);
  });

  it('it: two stops on consecutive days with a counterpart in each', () => {
    const text =
      "Bruxelles, 5 marzo 2026 - Il ministro della Difesa Guido Crosetto sarà lunedì a Varsavia, dove incontrerà l'omologo polacco Władysław Kosiniak-Kamysz. Martedì il ministro si sposterà a Vilnius per un colloquio con il presidente lituano Gitanas Nausėda.";
    expect(run(text, '2026-03-05', 'it')).toEqual([
      'visit 2026-03-09..2026-03-09 Warsaw scheduled Guido Crosetto',
      'visit 2026-03-10..2026-03-10 Vilnius scheduled Guido Crosetto',
      'meeting 2026-03-09..2026-03-09 Warsaw scheduled Guido Crosetto + Władysław Kosiniak-Kamysz',
      'meeting 2026-03-10..2026-03-10 Vilnius scheduled Gitanas Nausėda + Guido Crosetto',
    ]);
  });

  it('fr: a two-day visit whose first day is already past', () => {
    const text =
      "Madrid, 12 janvier 2026 (AFP) - Le Premier ministre espagnol Pedro Sánchez a été reçu lundi à Rabat par le roi Mohammed VI, au premier jour d'une visite de deux jours au Maroc. Mardi, il s'entretiendra avec le chef du gouvernement Aziz Akhannouch.";
    expect(run(text, '2026-01-12', 'fr')).toEqual([
      'visit 2026-01-12..2026-01-13 Rabat scheduled Pedro Sánchez',
      'meeting 2026-01-12..2026-01-12 Rabat held Mohammed VI + Pedro Sánchez',
      'meeting 2026-01-13..2026-01-13 Rabat scheduled Aziz Akhannouch + Pedro Sánchez',
    ]);
  });

  it('de: a reception at home, then a trip with a meeting abroad', () => {
    const text =
      'Wien, 20. April 2026 (APA) - Bundeskanzler Christian Stocker empfängt am Donnerstag den slowakischen Ministerpräsidenten Robert Fico im Kanzleramt. Am Freitag reist Stocker zu einem Treffen mit Ungarns Premier Viktor Orbán nach Budapest.';
    expect(run(text, '2026-04-20', 'de')).toEqual([
      'visit 2026-04-24..2026-04-24 Budapest scheduled Christian Stocker',
      'meeting 2026-04-23..2026-04-23 Vienna scheduled Christian Stocker + Robert Fico',
      'meeting 2026-04-24..2026-04-24 Budapest scheduled Christian Stocker + Viktor Orbán',
    ]);
  });

  it('es: a stop in Washington and the next day in New York', () => {
    const text =
      'Buenos Aires, 3 feb (EFE).- El presidente argentino, Javier Milei, viajará el próximo jueves a Washington, donde será recibido en la Casa Blanca por su homólogo estadounidense, Donald Trump. Al día siguiente, Milei se reunirá en Nueva York con el secretario general de la ONU, António Guterres.';
    expect(run(text, '2026-02-03', 'es')).toEqual([
      'visit 2026-02-05..2026-02-05 Washington scheduled Javier Milei',
      'visit 2026-02-06..2026-02-06 New York scheduled Javier Milei',
      'meeting 2026-02-05..2026-02-05 Washington scheduled Donald Trump + Javier Milei',
      'meeting 2026-02-06..2026-02-06 New York scheduled António Guterres + Javier Milei',
    ]);
  });
});

describe('more constructions', () => {
  it('it: an arrival today for a two-day visit and a reception tomorrow', () => {
    const text = 'Roma, 14 maggio 2026 - Il presidente francese Emmanuel Macron è arrivato oggi a Roma per una visita di due giorni. Domani sarà ricevuto al Quirinale dal presidente Sergio Mattarella.';
    expect(run(text, '2026-05-14', 'it')).toEqual([
      'visit 2026-05-14..2026-05-15 Rome scheduled Emmanuel Macron',
      'meeting 2026-05-15..2026-05-15 Rome scheduled Emmanuel Macron + Sergio Mattarella',
    ]);
  });
  it('en: a roundup with two separate meetings in two places', () => {
    const text =
      'TOKYO (Kyodo) - Prime Minister Sanae Takaichi held talks with South Korean President Lee Jae-myung in Tokyo on Monday. Also on Monday, Foreign Minister Toshimitsu Motegi met his Australian counterpart Penny Wong in Canberra.';
    expect(run(text, '2026-03-03', 'en')).toEqual([
      'meeting 2026-03-02..2026-03-02 Tokyo held Lee Jae-myung + Sanae Takaichi',
      'meeting 2026-03-02..2026-03-02 Canberra held Penny Wong + Toshimitsu Motegi',
    ]);
  });
  it('fr: a reception at the Elysée is a meeting in Paris, not a visit', () => {
    expect(run("Paris, 3 mars 2026 (AFP) - Emmanuel Macron recevra mercredi à l'Elysée le chancelier allemand Friedrich Merz.", '2026-03-03', 'fr')).toEqual([
      'meeting 2026-03-04..2026-03-04 Paris scheduled Emmanuel Macron + Friedrich Merz',
    ]);
  });
  it('es: a held phone call and a trilateral meeting', () => {
    const text = 'Madrid, 2 mar (EFE).- Pedro Sánchez, Emmanuel Macron y Friedrich Merz se reunieron ayer en Bruselas. Además, Sánchez conversó por teléfono con Lula el domingo.';
    expect(run(text, '2026-03-02', 'es')).toEqual([
      'meeting 2026-03-01..2026-03-01 Brussels held Emmanuel Macron + Friedrich Merz + Pedro Sánchez',
      'call 2026-03-01..2026-03-01 - held Luiz Inácio Lula da Silva + Pedro Sánchez',
    ]);
  });
});

describe('trips narrated day by day', () => {
  it('de: a reception at home, then two stops abroad with their hosts', () => {
    const text =
      'Paris, 11. Mai 2026 (AFP) - Frankreichs Präsident Emmanuel Macron empfängt am Mittwoch den spanischen Ministerpräsidenten Pedro Sánchez im Élysée-Palast. Am Donnerstag reist Macron nach Rom weiter, wo er mit Regierungschefin Giorgia Meloni zusammentrifft.';
    expect(run(text, '2026-05-11', 'de')).toEqual([
      'visit 2026-05-14..2026-05-14 Rome scheduled Emmanuel Macron',
      'meeting 2026-05-13..2026-05-13 Paris scheduled Emmanuel Macron + Pedro Sánchez',
      'meeting 2026-05-14..2026-05-14 Rome scheduled Emmanuel Macron + Giorgia Meloni',
    ]);
  });
  it('es: a European tour with a range, two cities and weekday-numbered days', () => {
    const text =
      'Bogotá, 1 jun (EFE).- El presidente de Colombia, Gustavo Petro, realizará una gira por Europa del 8 al 12 de junio que lo llevará a Madrid y a Roma. En Madrid, Petro será recibido el lunes 8 por el rey Felipe VI y el martes 9 se reunirá con el presidente del Gobierno, Pedro Sánchez. El miércoles 10 viajará a Roma, donde mantendrá un encuentro con la primera ministra italiana, Giorgia Meloni.';
    expect(run(text, '2026-06-01', 'es')).toEqual([
      'visit 2026-06-08..2026-06-09 Madrid scheduled Gustavo Petro',
      'visit 2026-06-10..2026-06-10 Rome scheduled Gustavo Petro',
      'meeting 2026-06-08..2026-06-08 Madrid scheduled Felipe VI + Gustavo Petro',
      'meeting 2026-06-09..2026-06-09 Madrid scheduled Gustavo Petro + Pedro Sánchez',
      'meeting 2026-06-10..2026-06-10 Rome scheduled Giorgia Meloni + Gustavo Petro',
    ]);
  });
  it('fr: "les 21 et 22 septembre" with a Paris day and a Strasbourg day', () => {
    const text =
      "Ottawa, 14 septembre 2026 (AFP) - Le Premier ministre canadien Mark Carney effectuera une visite officielle en France les 21 et 22 septembre. Il sera reçu lundi à l'Elysée par Emmanuel Macron, avant un déjeuner de travail avec le Premier ministre Sébastien Lecornu à Matignon. Mardi, Mark Carney se rendra à Strasbourg pour s'adresser au Parlement européen et rencontrera sa présidente, Roberta Metsola.";
    expect(run(text, '2026-09-14', 'fr')).toEqual([
      'visit 2026-09-21..2026-09-21 Paris scheduled Mark Carney',
      'visit 2026-09-22..2026-09-22 Strasbourg scheduled Mark Carney',
      'meeting 2026-09-21..2026-09-21 Paris scheduled Emmanuel Macron + Mark Carney',
      'meeting 2026-09-21..2026-09-21 Paris scheduled Mark Carney + Sébastien Lecornu',
      'meeting 2026-09-22..2026-09-22 Strasbourg scheduled Mark Carney + Roberta Metsola',
    ]);
  });
  it('en: a single-name office holder after a title', () => {
    const text = 'NEW DELHI, Oct 5 (Reuters) - Merz is due to travel to Bengaluru on Tuesday, where he will meet Karnataka Chief Minister Siddaramaiah.';
    expect(run(text, '2026-10-05', 'en')).toContain('meeting 2026-10-06..2026-10-06 Bengaluru scheduled Friedrich Merz + Siddaramaiah');
  });
  it('en: a summit with a host, confirmed attendees and one who will not attend', () => {
    const text =
      'BRUSSELS (AP) — NATO leaders will gather in Tirana on July 20-21 for a summit expected to focus on Ukraine. Albanian Prime Minister Edi Rama will host the meeting. U.S. President Donald Trump and Turkish President Recep Tayyip Erdogan have confirmed their attendance, NATO said. Hungarian Prime Minister Viktor Orban will not attend.';
    expect(run(text, '2026-07-10', 'en')).toEqual(['summit 2026-07-20..2026-07-21 Tirana scheduled Donald Trump + Edi Rama + Recep Tayyip Erdoğan']);
  });
});

describe('weeks, weekday ranges, calls and conferences', () => {
  it('en: "from Monday to Wednesday next week" is a three-day visit', () => {
    const text = 'LONDON (Reuters) - British Prime Minister Keir Starmer will visit Japan from Monday to Wednesday next week, Downing Street said on Friday. He will hold talks with Prime Minister Sanae Takaichi in Tokyo on Tuesday.';
    expect(run(text, '2026-04-03', 'en')).toEqual([
      'visit 2026-04-06..2026-04-08 Tokyo scheduled Keir Starmer',
      'meeting 2026-04-07..2026-04-07 Tokyo scheduled Keir Starmer + Sanae Takaichi',
    ]);
  });
  it('it: "da lunedì a mercoledì in Cina" is a country-level stay, and a call "ieri"', () => {
    const text = 'Roma, 3 aprile 2026 - Il ministro degli Esteri Antonio Tajani ha avuto ieri una telefonata con il segretario di Stato americano Marco Rubio. Tajani sarà da lunedì a mercoledì in Cina.';
    expect(run(text, '2026-04-03', 'it')).toEqual(['visit 2026-04-06..2026-04-08 CN scheduled Antonio Tajani', 'call 2026-04-02..2026-04-02 - held Antonio Tajani + Marco Rubio']);
  });
  it('en: "last week" frames the weekdays of a past trip', () => {
    const text = 'PARIS (AFP) - Emmanuel Macron visited Berlin and Warsaw last week. On Monday he met Chancellor Friedrich Merz in Berlin, and on Tuesday he held talks in Warsaw with Prime Minister Donald Tusk.';
    expect(run(text, '2026-03-09', 'en')).toEqual([
      'visit 2026-03-02..2026-03-02 Berlin held Emmanuel Macron',
      'visit 2026-03-03..2026-03-03 Warsaw held Emmanuel Macron',
      'meeting 2026-03-02..2026-03-02 Berlin held Emmanuel Macron + Friedrich Merz',
      'meeting 2026-03-03..2026-03-03 Warsaw held Donald Tusk + Emmanuel Macron',
    ]);
  });
  it('fr: a conference with its announced participants', () => {
    const text = "Berne, 20 février 2026 (ATS) - La conseillère fédérale Karin Keller-Sutter participera du 13 au 15 mars à la Conférence de Munich sur la sécurité, aux côtés du chancelier allemand Friedrich Merz et du secrétaire général de l'OTAN Mark Rutte.";
    expect(run(text, '2026-02-20', 'fr')).toEqual(['conference 2026-03-13..2026-03-15 Munich scheduled Friedrich Merz + Karin Keller-Sutter + Mark Rutte']);
  });
  it('en: two calls on one day, one by video link', () => {
    const text = 'KYIV (AP) — Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron held a phone call on Thursday to discuss air defence. Later, Zelensky spoke by video link with Canadian Prime Minister Mark Carney.';
    expect(run(text, '2026-02-20', 'en')).toEqual([
      'call 2026-02-19..2026-02-19 - held Emmanuel Macron + Volodymyr Zelensky',
      'call 2026-02-19..2026-02-19 - held Mark Carney + Volodymyr Zelensky',
    ]);
  });
});

describe('noise around the events', () => {
  it('en: quotes, past speeches and plans without a day give only the dated visit', () => {
    const text = `EU leaders split over defence fund

BRUSSELS, March 12 (Reuters) - European Union leaders remain divided over a proposed defence fund, diplomats said on Thursday.

"We cannot afford another year of talk," European Council President Antonio Costa told reporters, adding that he had discussed the issue with German Chancellor Friedrich Merz last month. French President Emmanuel Macron said in a speech in Paris on Tuesday that Europe had "no time left".

Polish Prime Minister Donald Tusk is expected to push for a quick deal when he visits Brussels on March 18. Ursula von der Leyen will present a revised proposal on Monday.`;
    expect(run(text, '2026-03-12', 'en')).toEqual(['visit 2026-03-18..2026-03-18 Brussels scheduled Donald Tusk']);
  });
  it('it: a meeting announced in a speech, with an unconfirmed guest left out', () => {
    const text =
      'Roma, 20 maggio 2026 (ANSA) - Meloni ha ricordato l\'incontro avuto a febbraio con il presidente ucraino Volodymyr Zelensky e ha annunciato che lunedì ospiterà a Roma una riunione dei leader, alla quale parteciperanno il premier britannico Keir Starmer e il presidente francese Emmanuel Macron. Secondo fonti di governo, non è ancora confermata la presenza del cancelliere Friedrich Merz.';
    expect(run(text, '2026-05-20', 'it')).toEqual(['meeting 2026-05-25..2026-05-25 Rome scheduled Emmanuel Macron + Giorgia Meloni + Keir Starmer']);
  });
});

describe('more visits and calls', () => {
  it('en: "a three-day visit starting Feb. 10" with a White House meeting', () => {
    const text = 'TOKYO (Reuters) - Japanese Prime Minister Sanae Takaichi will make a three-day visit to Washington starting Feb. 10, meeting President Donald Trump at the White House on Feb. 11, officials said.';
    expect(run(text, '2026-02-05', 'en')).toEqual(['visit 2026-02-10..2026-02-12 Washington scheduled Sanae Takaichi', 'meeting 2026-02-11..2026-02-11 Washington scheduled Donald Trump + Sanae Takaichi']);
  });
  it('de: a state visit (compound noun) with two hosts', () => {
    const text =
      'Berlin, 2. März 2026 (dpa) - Der französische Präsident Emmanuel Macron kommt am Freitag zu einem Staatsbesuch nach Berlin. Er wird von Bundespräsident Frank-Walter Steinmeier mit militärischen Ehren empfangen und trifft anschließend Bundeskanzler Friedrich Merz.';
    expect(run(text, '2026-03-02', 'de')).toEqual([
      'visit 2026-03-06..2026-03-06 Berlin scheduled Emmanuel Macron',
      'meeting 2026-03-06..2026-03-06 Berlin scheduled Emmanuel Macron + Frank-Walter Steinmeier',
      'meeting 2026-03-06..2026-03-06 Berlin scheduled Emmanuel Macron + Friedrich Merz',
    ]);
  });
  it('fr: two calls in one sentence, "avec X, puis avec Y"', () => {
    const text = "Paris, 2 mars 2026 (AFP) - Emmanuel Macron s'est entretenu lundi au téléphone avec Donald Trump, puis avec Volodymyr Zelensky, a annoncé l'Elysée.";
    expect(run(text, '2026-03-02', 'fr')).toEqual(['call 2026-03-02..2026-03-02 - held Donald Trump + Emmanuel Macron', 'call 2026-03-02..2026-03-02 - held Emmanuel Macron + Volodymyr Zelensky']);
  });
});

describe('itineraries', () => {
  it('de: a three-stop tour with "Erste Station" and "folgt"', () => {
    const text =
      'Wien, 15. Juni 2026 (APA) - Außenministerin Beate Meinl-Reisinger bricht am Mittwoch zu einer dreitägigen Reise in den Westbalkan auf. Erste Station ist Belgrad, wo sie am Mittwoch Präsident Aleksandar Vučić trifft. Am Donnerstag folgt Sarajevo, am Freitag Tirana mit einem Treffen mit Ministerpräsident Edi Rama.';
    expect(run(text, '2026-06-15', 'de')).toEqual([
      'visit 2026-06-17..2026-06-17 Belgrade scheduled Beate Meinl-Reisinger',
      'visit 2026-06-18..2026-06-18 Sarajevo scheduled Beate Meinl-Reisinger',
      'visit 2026-06-19..2026-06-19 Tirana scheduled Beate Meinl-Reisinger',
      'meeting 2026-06-17..2026-06-17 Belgrade scheduled Aleksandar Vučić + Beate Meinl-Reisinger',
      'meeting 2026-06-19..2026-06-19 Tirana scheduled Beate Meinl-Reisinger + Edi Rama',
    ]);
  });
  it('it: a flight yesterday, a meeting today and the return on Friday (the stay ends the day before it)', () => {
    const text =
      'Roma, 9 settembre 2026 - Il ministro della Difesa Guido Crosetto è volato ieri a Washington, dove oggi incontrerà al Pentagono il segretario alla Guerra Pete Hegseth. Il rientro in Italia è previsto per venerdì.';
    expect(run(text, '2026-09-09', 'it')).toEqual(['visit 2026-09-08..2026-09-10 Washington scheduled Guido Crosetto', 'meeting 2026-09-09..2026-09-09 Washington scheduled Guido Crosetto + Pete Hegseth']);
  });
  it('es: a two-day visit begun today, a held reception and a meeting tomorrow', () => {
    const text =
      'Santiago, 20 abr (EFE).- El presidente de Chile, José Antonio Kast, inició este lunes una visita oficial de dos días a Argentina. En Buenos Aires, Kast fue recibido en la Casa Rosada por el presidente Javier Milei. Mañana, el mandatario chileno se reunirá con el gobernador de Mendoza, Alfredo Cornejo.';
    expect(run(text, '2026-04-20', 'es')).toEqual([
      'visit 2026-04-20..2026-04-21 Buenos Aires scheduled José Antonio Kast',
      'meeting 2026-04-20..2026-04-20 Buenos Aires held Javier Milei + José Antonio Kast',
      'meeting 2026-04-21..2026-04-21 Buenos Aires scheduled Alfredo Cornejo + José Antonio Kast',
    ]);
  });
  it('en: two legs in one sentence ("before heading to")', () => {
    const text = 'CANBERRA (AAP) - Prime Minister Anthony Albanese will travel to Jakarta on Sunday for talks with Indonesian President Prabowo Subianto, before heading to Kuala Lumpur on Tuesday to meet Malaysian Prime Minister Anwar Ibrahim.';
    expect(run(text, '2026-08-20', 'en')).toEqual([
      'visit 2026-08-23..2026-08-24 Jakarta scheduled Anthony Albanese',
      'visit 2026-08-25..2026-08-25 Kuala Lumpur scheduled Anthony Albanese',
      'meeting 2026-08-23..2026-08-23 Jakarta scheduled Anthony Albanese + Prabowo Subianto',
      'meeting 2026-08-25..2026-08-25 Kuala Lumpur scheduled Anthony Albanese + Anwar Ibrahim',
    ]);
  });
});

describe('summits and receptions in more forms', () => {
  it('es: a regional summit with confirmed attendees and a bilateral on the eve', () => {
    const text =
      'Ciudad de Panamá, 2 nov (EFE).- Los jefes de Estado de Centroamérica se reunirán el próximo jueves en Ciudad de Panamá en una cumbre del Sistema de la Integración Centroamericana (SICA). Han confirmado su asistencia el presidente de Guatemala, Bernardo Arévalo, y el de Costa Rica, Rodrigo Chaves. El anfitrión, José Raúl Mulino, mantendrá además un encuentro bilateral con Arévalo la víspera.';
    expect(run(text, '2026-11-02', 'es')).toEqual([
      'summit 2026-11-05..2026-11-05 Panama City scheduled Bernardo Arévalo + José Raúl Mulino + Rodrigo Chaves',
      'meeting 2026-11-04..2026-11-04 Panama City scheduled Bernardo Arévalo + José Raúl Mulino',
    ]);
  });
  it('fr: a European Council on two listed days with its chair, one leader staying away', () => {
    const text =
      "Bruxelles, 22 juin 2026 (AFP) - Les dirigeants de l'Union européenne se retrouvent jeudi et vendredi à Bruxelles pour un Conseil européen consacré à la défense. Le sommet sera présidé par António Costa. Le Premier ministre hongrois Viktor Orbán a annoncé qu'il ne participera pas aux travaux.";
    expect(run(text, '2026-06-22', 'fr')).toEqual(['summit 2026-06-25..2026-06-26 Brussels scheduled António Costa']);
  });
  it('de: a verb-final reception and a traveller moving on', () => {
    const text =
      'Berlin, 20. Januar 2026 (dpa) - Bundeskanzler Friedrich Merz hat am Montag in Berlin den kanadischen Premierminister Mark Carney empfangen. Carney war am Sonntag in Berlin eingetroffen und reist am Mittwoch weiter nach Warschau.';
    expect(run(text, '2026-01-20', 'de')).toEqual([
      'visit 2026-01-18..2026-01-20 Berlin scheduled Mark Carney',
      'visit 2026-01-21..2026-01-21 Warsaw scheduled Mark Carney',
      'meeting 2026-01-19..2026-01-19 Berlin held Friedrich Merz + Mark Carney',
    ]);
  });
  it('en: ministers who "gathered in" a city, with those attending and one who did not', () => {
    const text =
      'GENEVA (Reuters) - Foreign ministers from more than 40 countries gathered in Geneva on Monday for talks on Sudan. Among those attending were British Foreign Secretary Yvette Cooper, French Foreign Minister Jean-Noël Barrot and Saudi Foreign Minister Faisal bin Farhan. U.S. Secretary of State Marco Rubio did not attend.';
    expect(run(text, '2026-05-04', 'en')).toEqual(['summit 2026-05-04..2026-05-04 Geneva held Faisal bin Farhan + Jean-Noël Barrot + Yvette Cooper']);
  });
});

describe('meeting verbs and companions', () => {
  it('reads the French infinitive "s\'entretenir avec" after a modal', () => {
    const text = "BRUXELLES, 2 mars (Belga) - Le Premier ministre Bart De Wever se rendra à Madrid le 9 mars. Il doit s'entretenir le 9 mars avec le président du gouvernement Pedro Sánchez.";
    expect(run(text, '2026-03-02', 'fr')).toContain('meeting 2026-03-09..2026-03-09 Madrid scheduled Bart De Wever + Pedro Sánchez');
  });
  it('"X, who travels with him, will meet Y": X joins the trip and is the subject of the meeting', () => {
    const text = 'WELLINGTON, March 2 (Pacific Wire) - Prime Minister Christopher Luxon will travel to Tokyo on Monday for a two-day visit. Trade Minister Todd McClay, who travels with him, will meet Economy Minister Ryosei Akazawa on Tuesday.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toContain('visit 2026-03-02..2026-03-03 Tokyo scheduled Christopher Luxon + Todd McClay');
    expect(r).toContain('meeting 2026-03-03..2026-03-03 Tokyo scheduled Ryosei Akazawa + Todd McClay');
  });
  it('"followed by" is no past-tense marker: the weekday stays in the coming week', () => {
    const text = 'OTTAWA, April 1 (Maple Wire) - Prime Minister Mark Carney is scheduled to meet President Claudia Sheinbaum in Mexico City on Tuesday, followed by a dinner.';
    expect(run(text, '2026-04-01', 'en')).toContain('meeting 2026-04-07..2026-04-07 Mexico City scheduled Claudia Sheinbaum + Mark Carney');
  });
});
