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
