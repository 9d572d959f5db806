import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** "The talks resume on Wednesday in New York": the same people meet again, that day, there. */
describe('talks that continue on another day and in another place', () => {
  it.each([
    ['en', 'President Barack Obama met Chinese President Hu Jintao in Washington on Tuesday. The talks will resume on Wednesday in New York.', '2011-01-18', ['meeting 2011-01-18..2011-01-18 Washington held Barack Obama + Hu Jintao', 'meeting 2011-01-19..2011-01-19 New York scheduled Barack Obama + Hu Jintao']],
    ['de', 'Der russische Präsident Wladimir Putin traf sich am Montag in Hamburg mit Bundeskanzler Gerhard Schröder. Die Gespräche werden am Dienstag auf Schloss Gottorf bei Schleswig fortgesetzt.', '2004-12-20', ['meeting 2004-12-20..2004-12-20 Hamburg held Gerhard Schröder + Vladimir Putin', 'meeting 2004-12-21..2004-12-21 Schleswig scheduled Gerhard Schröder + Vladimir Putin']],
    ['it', 'Il presidente Giorgio Napolitano ha incontrato lunedì a Roma il presidente tedesco Christian Wulff. I colloqui proseguiranno martedì a Napoli.', '2011-03-07', ['meeting 2011-03-07..2011-03-07 Rome held Christian Wulff + Giorgio Napolitano', 'meeting 2011-03-08..2011-03-08 Naples scheduled Christian Wulff + Giorgio Napolitano']],
    ['fr', 'Le président Nicolas Sarkozy a rencontré lundi à Paris la chancelière Angela Merkel. Les discussions se poursuivront mardi à Deauville.', '2010-10-18', ['meeting 2010-10-18..2010-10-18 Paris held Angela Merkel + Nicolas Sarkozy', 'meeting 2010-10-19..2010-10-19 Deauville scheduled Angela Merkel + Nicolas Sarkozy']],
    ['es', 'El presidente José Luis Rodríguez Zapatero se reunió el lunes en Madrid con el presidente francés Nicolas Sarkozy. Las conversaciones continuarán el martes en Barcelona.', '2010-10-18', ['meeting 2010-10-18..2010-10-18 Madrid held José Luis Rodríguez Zapatero + Nicolas Sarkozy', 'meeting 2010-10-19..2010-10-19 Barcelona scheduled José Luis Rodríguez Zapatero + Nicolas Sarkozy']],
  ] as const)('%s', (lang, text, day, events) => {
    expect(run(text, day, lang)).toEqual(events);
  });
  it('a meeting noun in the genitive is a meeting ("zum Auftakt eines Treffens mit")', () => {
    expect(run('Der russische Präsident Wladimir Putin sprach am Montag zum Auftakt eines Treffens mit Bundeskanzler Gerhard Schröder in Hamburg.', '2004-12-20', 'de')).toEqual(['meeting 2004-12-20..2004-12-20 Hamburg held Gerhard Schröder + Vladimir Putin']);
  });
});

describe('a meeting told in the past', () => {
  it('does not take the day of a trip still to come (de)', () => {
    const text = 'Bundeskanzler Werner Faymann wird am Dienstag nach Paris reisen. Ende Jänner hatte Faymann seinen Antrittsbesuch in Berlin absolviert. In der deutschen Hauptstadt traf er Bundeskanzlerin Angela Merkel.';
    const r = run(text, '2009-02-27', 'de');
    expect(r).toContain('visit 2009-03-03..2009-03-03 Paris scheduled Werner Faymann');
    expect(r.filter((e) => e.includes('Angela Merkel'))).toEqual([]);
  });
});

describe('a meeting noun with its own day and new people is a new event', () => {
  it('"la conversation de demain entre A et B" after another event (fr)', () => {
    const text = "PARIS, 2 mars (AFP) - Le ministre Jean-Noël Barrot recevra jeudi le ministre Radosław Sikorski au Quai d'Orsay. Est également maintenu l'entretien téléphonique de demain entre M. Barrot et le secrétaire d'État Marco Rubio.";
    const r = run(text, '2026-03-02', 'fr');
    expect(r).toContain('call 2026-03-03..2026-03-03 - scheduled Jean-Noël Barrot + Marco Rubio');
  });
});
