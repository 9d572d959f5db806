/**
 * Spouses of reigning monarchs, for "los Reyes", "the King and Queen", "das Kaiserpaar": the couple
 * is the monarch and the consort of that day. Terms run from the marriage or accession to the end
 * of the reign (or the consort's death).
 */
import type { OfficeHolder } from './office-holder';
import { ot } from './terms';

const QUEEN = 'Queen consort';
const PRINCE = 'Prince consort';
const EMPRESS = 'Empress consort';

/** "Queen Sofía" in the five languages' titles. */
function titled(name: string, titles: string[]): string[] {
  return titles.map((t) => `${t} ${name}`);
}
const QUEEN_TITLES = ['Queen', 'regina', 'reine', 'Königin', 'reina', 'Doña'];
const EMPRESS_TITLES = ['Empress', 'imperatrice', 'impératrice', 'Kaiserin', 'emperatriz'];

export const CONSORTS: OfficeHolder[] = [
  { name: 'Sofía', aliases: titled('Sofía', QUEEN_TITLES).concat(['Sofía de Grecia', 'regina Sofia', 'reine Sophie']), terms: [ot('ES', QUEEN, '1975-11-22', '2014-06-19')] },
  { name: 'Letizia', aliases: titled('Letizia', QUEEN_TITLES).concat(['Letizia Ortiz']), terms: [ot('ES', QUEEN, '2014-06-19')] },
  { name: 'Michiko', aliases: titled('Michiko', EMPRESS_TITLES), terms: [ot('JP', EMPRESS, '1989-01-07', '2019-04-30')] },
  { name: 'Masako', aliases: titled('Masako', EMPRESS_TITLES), terms: [ot('JP', EMPRESS, '2019-05-01')] },
  { name: 'Prince Philip', aliases: ['Duke of Edinburgh', 'principe Filippo', 'Prinz Philip', 'prince Philip', 'duca di Edimburgo', "duc d'Édimbourg", 'Herzog von Edinburgh', 'duque de Edimburgo'], terms: [ot('GB', PRINCE, '1952-02-06', '2021-04-09')] },
  { name: 'Camilla', aliases: titled('Camilla', QUEEN_TITLES).concat(['reina Camila', 'Duchess of Cornwall']), terms: [ot('GB', QUEEN, '2022-09-08')] },
  { name: 'Máxima', aliases: titled('Máxima', QUEEN_TITLES).concat(['Maxima', 'regina Maxima']), terms: [ot('NL', QUEEN, '2013-04-30')] },
  { name: 'Paola of Belgium', aliases: titled('Paola', QUEEN_TITLES), terms: [ot('BE', QUEEN, '1993-08-09', '2013-07-21')] },
  { name: 'Mathilde of Belgium', aliases: titled('Mathilde', QUEEN_TITLES).concat(['regina Matilde', 'reina Matilde']), terms: [ot('BE', QUEEN, '2013-07-21')] },
  { name: 'Silvia of Sweden', aliases: titled('Silvia', QUEEN_TITLES), terms: [ot('SE', QUEEN, '1976-06-19')] },
  { name: 'Sonja of Norway', aliases: titled('Sonja', QUEEN_TITLES), terms: [ot('NO', QUEEN, '1991-01-17')] },
  { name: 'Prince Henrik', aliases: ['prince Henrik', 'principe Henrik', 'Prinz Henrik', 'príncipe Enrique de Dinamarca'], terms: [ot('DK', PRINCE, '1972-01-14', '2018-02-13')] },
  { name: 'Mary of Denmark', aliases: titled('Mary', QUEEN_TITLES), terms: [ot('DK', QUEEN, '2024-01-14')] },
  { name: 'Rania of Jordan', aliases: titled('Rania', QUEEN_TITLES).concat(['Rania']), terms: [ot('JO', QUEEN, '1999-02-07')] },
  { name: 'Charlene of Monaco', aliases: ['Princess Charlene', 'principessa Charlene', 'princesse Charlène', 'Fürstin Charlène', 'princesa Charlene'], terms: [ot('MC', 'Princess consort', '2011-07-01')] },
];
