import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Romance and German word order puts the day between the verb of visiting and the country it
// takes: "visitó ayer Guatemala", "a visité lundi le Mali". Sentences written here.
describe('a day between the verb of visiting and the country visited', () => {
  it('es: "visitó el lunes Guatemala" and "visitó ayer Guatemala"', () => {
    expect(run('La vicepresidenta Kamala Harris visitó el lunes Guatemala.', '2024-03-12', 'es')).toEqual(['visit 2024-03-11..2024-03-11 GT held Kamala Harris']);
    expect(run('Kamala Harris visitó ayer Guatemala.', '2024-03-12', 'es')).toEqual(['visit 2024-03-11..2024-03-11 GT held Kamala Harris']);
  });
  it('it: "ha visitato ieri la Libia", "visiterà giovedì il Giappone"', () => {
    expect(run('Giorgia Meloni ha visitato ieri la Libia.', '2024-03-12', 'it')).toEqual(['visit 2024-03-11..2024-03-11 LY held Giorgia Meloni']);
    expect(run('Giorgia Meloni visiterà giovedì il Giappone.', '2024-03-12', 'it')).toEqual(['visit 2024-03-14..2024-03-14 JP scheduled Giorgia Meloni']);
  });
  it('fr: "a visité lundi le Mali", "visitera jeudi le Japon"', () => {
    expect(run('Emmanuel Macron a visité lundi le Mali.', '2024-03-12', 'fr')).toEqual(['visit 2024-03-11..2024-03-11 ML held Emmanuel Macron']);
    expect(run('Emmanuel Macron visitera jeudi le Japon.', '2024-03-12', 'fr')).toEqual(['visit 2024-03-14..2024-03-14 JP scheduled Emmanuel Macron']);
  });
  it('de: "besuchte am Montag Mali"', () => {
    expect(run('Olaf Scholz besuchte am Montag Mali.', '2024-03-12', 'de')).toEqual(['visit 2024-03-11..2024-03-11 ML held Olaf Scholz']);
  });
  it('en: "visited on Monday Mali"', () => {
    expect(run('Emmanuel Macron visited on Monday Mali.', '2024-03-12', 'en')).toEqual(['visit 2024-03-11..2024-03-11 ML held Emmanuel Macron']);
  });
  it('a country after other words than a day is still no destination', () => {
    expect(run('Olaf Scholz besuchte am Montag eine Schule und sprach über Mali.', '2024-03-12', 'de')).toEqual([]);
  });
});

describe('the place a travel word leads to', () => {
  it('de, en, es: "reist ... weiter nach Athen" after talks in Ankara is a stop in Athens', () => {
    expect(run('Nach Gesprächen mit Präsident Recep Tayyip Erdoğan in Ankara reist Annalena Baerbock am Mittwoch weiter nach Athen.', '2024-03-12', 'de')).toContain('visit 2024-03-13..2024-03-13 Athens scheduled Annalena Baerbock');
    expect(run('After talks with Recep Tayyip Erdoğan in Ankara, Annalena Baerbock travels on Wednesday to Athens.', '2024-03-12', 'en')).toContain('visit 2024-03-13..2024-03-13 Athens scheduled Annalena Baerbock');
    expect(run('Tras reunirse con Recep Tayyip Erdoğan en Ankara, Pedro Sánchez viajará el miércoles a Atenas.', '2024-03-12', 'es')).toContain('visit 2024-03-13..2024-03-13 Athens scheduled Pedro Sánchez');
  });
  it('de: "Er werde nach Paris reisen und dort Präsident Macron treffen": the pronoun travels, not Macron', () => {
    expect(run('Bundeskanzler Olaf Scholz reist nach Frankreich. Er werde am Mittwoch nach Paris reisen und dort Präsident Emmanuel Macron treffen.', '2025-01-19', 'de')).toEqual([
      'visit 2025-01-22..2025-01-22 Paris scheduled Olaf Scholz',
      'meeting 2025-01-22..2025-01-22 Paris scheduled Emmanuel Macron + Olaf Scholz',
    ]);
  });
  it('it, es: arriving at an office ("l\'arrivo alla presidenza", "la llegada al poder") is no journey', () => {
    expect(run("Si è svolto ieri a Bruxelles il vertice, il primo dopo l'arrivo alla presidenza di Donald Trump in Francia.", '2024-03-12', 'it')).toEqual([]);
    expect(run('La llegada al poder de Javier Milei el lunes en Argentina cambió todo.', '2024-03-12', 'es')).toEqual([]);
  });
});
