import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

/** "Los Reyes", "das Kaiserpaar", "the King and Queen": the monarch and consort of the report's day. */
describe('royal couples', () => {
  it.each([
    ['es', 'Los Reyes recibieron el lunes en el Palacio Real al presidente de Chile, Sebastián Piñera.', '2019-10-28', ['Felipe VI', 'Letizia', 'Sebastián Piñera']],
    ['es', 'Los Reyes recibieron el lunes en el Palacio Real al presidente de México, Vicente Fox.', '2001-05-07', ['Juan Carlos I', 'Sofía', 'Vicente Fox']],
    ['de', 'Bundespräsident Joachim Gauck wurde am Dienstag vom japanischen Kaiserpaar empfangen.', '2016-11-15', ['Joachim Gauck', 'Akihito', 'Michiko']],
    ['en', 'President Joe Biden met the King and Queen of Sweden in Stockholm on Monday.', '2023-07-10', ['Joe Biden', 'Carl XVI Gustaf', 'Silvia of Sweden']],
    ['fr', 'Emmanuel Macron a reçu lundi le couple royal de Belgique à l’Élysée.', '2024-05-06', ['Emmanuel Macron', 'Philippe', 'Mathilde of Belgium']],
    ['it', 'Il presidente Sergio Mattarella ha ricevuto al Quirinale i sovrani di Spagna.', '2021-11-15', ['Sergio Mattarella', 'Felipe VI', 'Letizia']],
  ] as const)('the couple is the monarch and consort of that day (%s)', (lang, text, day, people) => {
    expect(peopleOf(text, lang, day)).toEqual(people);
  });
  it('a consort named after her title is a person, not the city of that name (es)', () => {
    expect(peopleOf('También los reyes Juan Carlos y Sofía asistirán a la cumbre en Asunción.', 'es', '2011-10-27')).toEqual(['Juan Carlos I', 'Sofía']);
    expect(peopleOf('La reina Sofía inauguró la exposición.', 'es', '2011-10-27')).toEqual(['Sofía']);
  });
  it('a couple phrase names nobody where the country has no monarch (fr)', () => {
    expect(peopleOf('Le couple royal de France est une fiction.', 'fr', '2020-01-01')).toEqual([]);
  });
});

/** "seiner Frau Eva", "his wife Laureen": the given name with the surname of the person the clause is about. */
describe('spouses named by a given name alone', () => {
  it.each([
    ['de', 'Bundespräsident Horst Köhler reist am Montag nach Wien. Köhler kommt in Begleitung seiner Frau Eva.', '2005-05-06', ['Horst Köhler', 'Eva Köhler']],
    ['en', 'Prime Minister Stephen Harper arrived in Beijing with his wife Laureen on Wednesday.', '2009-12-02', ['Stephen Harper', 'Laureen Harper']],
    ['it', 'Il presidente Giorgio Napolitano è arrivato a Tokyo con la moglie Clio.', '2009-12-02', ['Giorgio Napolitano', 'Clio Napolitano']],
    ['fr', 'Le président François Mitterrand est arrivé à Bonn avec son épouse Danielle.', '1990-12-02', ['François Mitterrand', 'Danielle Mitterrand']],
    ['es', 'El presidente Mauricio Macri llegó a Madrid con su esposa Juliana.', '2017-02-22', ['Mauricio Macri', 'Juliana Macri']],
  ] as const)('%s', (lang, text, day, people) => {
    expect(peopleOf(text, lang, day)).toEqual(people);
  });
  it('a spouse named in full keeps her own name', () => {
    expect(peopleOf('Xi Jinping y su esposa, Peng Liyuan, recibieron a Donald Trump.', 'es', '2017-11-08')).toEqual(['Xi Jinping', 'Peng Liyuan', 'Donald Trump']);
  });
  it('a couple travelling is two travellers, each at the stop (es)', () => {
    const text = 'Los Reyes han llegado este jueves a Mar del Plata, donde el viernes comenzará la Cumbre Iberoamericana.';
    expect(run(text, '2010-12-03', 'es')).toContain('visit 2010-12-02..2010-12-03 Mar del Plata scheduled Juan Carlos I + Sofía');
  });
});

