import { describe, it, expect } from 'vitest';
import { datesOf, peopleOf, run, extractEvents } from './helpers';

describe('French dates', () => {
  it('reads "du 8 au 10 avril" and "entre le 3 et le 5 mai"', () => {
    expect(datesOf('Le ministre sera à Rabat du 8 au 10 avril, puis à Dakar entre le 3 et le 5 mai.', 'fr', '2026-03-20')).toEqual(['8 au 10 avril=2026-04-08..2026-04-10', '3 et le 5 mai=2026-05-03..2026-05-05']);
  });
  it('reads "les 11 et 12 juin" and "le lendemain"', () => {
    expect(datesOf('Les dirigeants sont attendus les 11 et 12 juin. Le lendemain, ils signeront.', 'fr', '2026-06-01')).toEqual(['11 et 12 juin=2026-06-11..2026-06-12', 'Le lendemain=2026-06-12']);
  });
  it('resolves "mardi prochain", "hier" and "demain"', () => {
    expect(datesOf("Il l'a appelé hier et partira demain, avant une réunion mardi prochain.", 'fr', '2026-03-06')).toEqual(['hier=2026-03-05', 'demain=2026-03-07', 'mardi prochain=2026-03-10']);
  });
});

describe('French people and titles', () => {
  it('reads "le président français X" and "son homologue, Y"', () => {
    const text = "Le président français Emmanuel Macron a reçu son homologue brésilien, Luiz Inácio Lula da Silva, à l'Elysée.";
    expect(peopleOf(text, 'fr')).toEqual(['Emmanuel Macron', 'Luiz Inácio Lula da Silva']);
  });
  it('resolves "M. Barrot" to the full name', () => {
    expect(peopleOf('Jean-Noël Barrot se rendra à Alger. M. Barrot y verra son homologue.', 'fr')).toEqual(['Jean-Noël Barrot']);
  });
});

describe('French structure, places and status', () => {
  it('reads French city names and the local time of the meeting place', () => {
    const r = extractEvents('Paris, 3 février 2026 (AFP) - Le ministre Jean-Noël Barrot se rendra jeudi à Moscou, où il rencontrera Sergueï Lavrov à 15 heures.', { published: '2026-02-03', language: 'fr' });
    expect(r.events.map((e) => [e.kind, e.start, e.location?.city])).toEqual([
      ['visit', '2026-02-05', 'Moscow'],
      ['meeting', '2026-02-05T15:00:00+03:00', 'Moscow'],
    ]);
  });
  it('reads Cracovie as Kraków and a visit that has been called off', () => {
    const text = 'Bruxelles, 9 mars 2026 (Belga) - Le Premier ministre Bart De Wever a annulé sa visite à Cracovie prévue le 12 mars.';
    expect(run(text, '2026-03-09', 'fr')).toEqual(['visit 2026-03-12..2026-03-12 Krakow cancelled Bart De Wever']);
  });
  it('drops a meeting presented as excluded', () => {
    expect(run("Genève, 2 mars 2026 - Une rencontre entre Vladimir Poutine et Volodymyr Zelensky mardi est exclue, selon le Kremlin.", '2026-03-02', 'fr')).toEqual([]);
  });
});
