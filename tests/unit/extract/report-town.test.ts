import { describe, expect, it } from 'vitest';
import { datesOf, run } from './helpers';

/** "here" is the report's own town; an ordinal before a recurring event is no day of the month. */
describe('the report’s own town', () => {
  it('"arrived here to attend the summit": a stop in the headline’s town from the report’s day to the summit’s end (en)', () => {
    const text = 'Sharif arrives in Colombo\n\nPrime Minister Nawaz Sharif arrived here to attend the 19th Saarc Summit to be held Nov 10-11.';
    const events = run(text, '2016-11-09', 'en');
    expect(events).toContain('visit 2016-11-09..2016-11-11 Colombo scheduled Nawaz Sharif');
    expect(events).toContain('summit 2016-11-10..2016-11-11 Colombo scheduled Nawaz Sharif');
  });
  it('"è arrivato qui": the dateline’s town (it)', () => {
    const text = 'Madrid, 4 marzo (Wire) - Il presidente Sergio Mattarella è arrivato qui oggi per una visita di Stato.';
    expect(run(text, '2019-03-04', 'it').join('\n')).toMatch(/^visit 2019-03-04\.\.2019-03-04 Madrid \w+ Sergio Mattarella$/m);
  });
});

describe('ordinals of recurring events', () => {
  it.each([
    ['en', 'Leaders gather for the 18th Saarc Summit on the 26th.', ['the 26th=2014-11-26']],
    ['fr', 'Le 19 sommet de la Francophonie s’ouvre le 4.', ['le 4=2014-11-04']],
    ['it', 'Si apre il 25 vertice dei capi di Stato il 27.', ['il 27=2014-11-27']],
    ['en', 'He will attend the 18th South Asian Association for Regional Cooperation (SAARC) summit on the 26th.', ['the 26th=2014-11-26']],
    ['en', 'He arrives on the 26th to attend the summit.', ['the 26th=2014-11-26']],
  ] as const)('"the 18th Saarc Summit" is not the 18th of the month (%s)', (lang, text, dates) => {
    expect(datesOf(text, lang, '2014-11-25')).toEqual(dates);
  });
});

describe('a trip to the country of the report’s town', () => {
  it('the dateline’s town is the stop until another town is named (it)', () => {
    const text =
      'BERNA (SVIZZERA) – Il Presidente della Repubblica, Sergio Mattarella, è giunto oggi in Svizzera per una visita di Stato. ' +
      'Mercoledì 30 novembre Mattarella si recherà a Zurigo.';
    const events = run(text, '2022-11-28', 'it');
    expect(events.join('\n')).toMatch(/^visit 2022-11-28\.\.2022-11-29 Bern \w+ Sergio Mattarella$/m);
    expect(events).toContain('visit 2022-11-30..2022-11-30 Zurich scheduled Sergio Mattarella');
  });
  it('the headline’s town, when there is no dateline (en)', () => {
    const text = 'Pompeo cancels Berlin trip\n\nU.S. Secretary of State Mike Pompeo has canceled an official trip to Germany on Tuesday.';
    expect(run(text, '2019-05-07', 'en')).toContain('visit 2019-05-07..2019-05-07 Berlin cancelled Mike Pompeo');
  });
});

describe('an envoy’s post is no destination', () => {
  it.each([
    ['es', 'La presidenta Dilma Rousseff será recibida el viernes en La Moneda por Michelle Bachelet, junto al agente ante La Haya, José Miguel Insulza.', '2016-02-24', 'The Hague'],
    ['it', 'Il presidente Giorgio Napolitano partirà lunedì per Washington con l’ambasciatore italiano a Parigi Giovanni Castellaneta.', '2013-02-08', 'Paris'],
  ] as const)('%s: %s', (lang, text, day, post) => {
    expect(run(text, day, lang).join('\n')).not.toContain(post);
  });
});

describe('a dateline on a line of its own', () => {
  it('es: "MADRID, 12 (EUROPA PRESS)" above the body is the report\'s town', () => {
    expect(run('MADRID, 12 (EUROPA PRESS)\nEl presidente del Gobierno, Pedro Sánchez, se ha reunido este martes con el primer ministro de Portugal, Luís Montenegro.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 Madrid held Luís Montenegro + Pedro Sánchez']);
  });
  it('es: "BRUSELAS, 12 (EUROPA PRESS)" with a blank line after it', () => {
    expect(run('BRUSELAS, 12 (EUROPA PRESS)\n\nEl presidente del Gobierno, Pedro Sánchez, se ha reunido este martes con Ursula von der Leyen.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 Brussels held Pedro Sánchez + Ursula von der Leyen']);
  });
  it('a headline with a comma and a number is no dateline', () => {
    expect(run('Sánchez, 12 horas en Bruselas\nEl presidente del Gobierno, Pedro Sánchez, se ha reunido este martes con Ursula von der Leyen.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 - held Pedro Sánchez + Ursula von der Leyen']);
  });
});
