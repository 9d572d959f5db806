import { describe, it, expect } from 'vitest';
import { datesOf, peopleOf, run, extractEvents } from './helpers';

describe('Italian dates', () => {
  it('reads "dall\'8 al 12 aprile" and "tra il 3 e il 5 maggio"', () => {
    expect(datesOf("Il ministro sarà a Vienna dall'8 al 12 aprile e a Praga tra il 3 e il 5 maggio.", 'it', '2026-03-30')).toEqual([
      "8 al 12 aprile=2026-04-08..2026-04-12",
      '3 e il 5 maggio=2026-05-03..2026-05-05',
    ]);
  });
  it('reads "dal 30 aprile al 2 maggio" across the month end', () => {
    expect(datesOf('La premier sarà in Canada dal 30 aprile al 2 maggio.', 'it', '2026-04-10')).toEqual(['30 aprile al 2 maggio=2026-04-30..2026-05-02']);
  });
  it('resolves "giovedì prossimo", "domani" and "ieri" from the dateline', () => {
    expect(datesOf('Il presidente partirà domani. Giovedì prossimo vedrà il re. Ieri ha sentito il premier.', 'it', '2026-05-09')).toEqual(['domani=2026-05-10', 'Giovedì prossimo=2026-05-14', 'Ieri=2026-05-08']);
  });
  it('reads "il 15 luglio scorso" as a past date of the previous year', () => {
    expect(datesOf("L'accordo è stato firmato il 15 luglio scorso a Ginevra.", 'it', '2026-02-02')).toEqual(['15 luglio scorso=2025-07-15']);
  });
  it('reads a weekday with its day inside the announced range', () => {
    expect(datesOf('La visita si svolgerà dal 20 al 22 ottobre. Mercoledì 21 è previsto il colloquio.', 'it', '2026-10-01')).toEqual(['20 al 22 ottobre=2026-10-20..2026-10-22', 'Mercoledì 21=2026-10-21']);
  });
});

describe('Italian people and titles', () => {
  it('finds names after titles with commas and in other spellings', () => {
    const text = 'Il ministro della Difesa, Guido Crosetto, ha incontrato il collega ucraino Denys Shmyhal e ha sentito Lavrov.';
    expect(peopleOf(text, 'it')).toEqual(['Guido Crosetto', 'Denys Shmyhal', 'Sergei Lavrov']);
  });
  it('reads the Pope and kings by their regnal names', () => {
    expect(peopleOf('Papa Leone XIV riceverà re Filippo VI in Vaticano.', 'it')).toEqual(['Leo XIV', 'Felipe VI']);
  });
  it('does not take Palazzo Chigi or the Farnesina for people', () => {
    expect(peopleOf('Fonti di Palazzo Chigi e della Farnesina confermano.', 'it')).toEqual([]);
  });
});

describe('Italian structure, places and status', () => {
  it('places a Rome meeting in Rome, Italy (not Australia) with the local time', () => {
    const r = extractEvents('Roma, 2 marzo 2026 - La presidente del Consiglio, Giorgia Meloni, riceverà giovedì a Palazzo Chigi il cancelliere tedesco Friedrich Merz. Il colloquio è in programma alle 11.', { published: '2026-03-02', language: 'it' });
    expect(r.events.map((e) => [e.kind, e.start, e.location?.city, e.location?.country, e.timezone])).toEqual([['meeting', '2026-03-05T11:00:00+01:00', 'Rome', 'IT', 'Europe/Rome']]);
  });
  it('reads a trip with two stops as two visits, each with its meetings', () => {
    const text =
      'Roma, 4 maggio 2026 - Il ministro degli Esteri, Antonio Tajani, partirà domani per Pechino, dove incontrerà il ministro degli Esteri cinese Wang Yi. Mercoledì Tajani sarà a Tokyo per un colloquio con il ministro Toshimitsu Motegi.';
    expect(run(text, '2026-05-04', 'it')).toEqual([
      'visit 2026-05-05..2026-05-05 Beijing scheduled Antonio Tajani',
      'visit 2026-05-06..2026-05-06 Tokyo scheduled Antonio Tajani',
      'meeting 2026-05-05..2026-05-05 Beijing scheduled Antonio Tajani + Wang Yi',
      'meeting 2026-05-06..2026-05-06 Tokyo scheduled Antonio Tajani + Toshimitsu Motegi',
    ]);
  });
  it('keeps the dates of a visit postponed without a new date', () => {
    const text = 'Il presidente della Repubblica, Sergio Mattarella, ha rinviato la visita a Lisbona prevista per il 12 giugno.';
    expect(run(text, '2026-06-01', 'it')).toEqual(['visit 2026-06-12..2026-06-12 Lisbon postponed Sergio Mattarella']);
  });
});

describe('Italian places: the Vatican inside a Rome visit', () => {
  it('keeps one Rome stop when a day of the visit is spent in the Vatican', () => {
    const text =
      "Roma, 4 giugno 2026 (ANSA) - Il presidente argentino Javier Milei sarà in visita a Roma l'8 e il 9 giugno. Lunedì 8 sarà ricevuto al Quirinale dal presidente Sergio Mattarella. Martedì 9 Milei sarà ricevuto in Vaticano da Papa Leone XIV; al termine avrà un colloquio con il cardinale Pietro Parolin.";
    expect(run(text, '2026-06-04', 'it')).toEqual([
      'visit 2026-06-08..2026-06-09 Rome scheduled Javier Milei',
      'meeting 2026-06-08..2026-06-08 Rome scheduled Javier Milei + Sergio Mattarella',
      'meeting 2026-06-09..2026-06-09 Vatican City scheduled Javier Milei + Leo XIV',
      'meeting 2026-06-09..2026-06-09 Vatican City scheduled Javier Milei + Pietro Parolin',
    ]);
  });
});
