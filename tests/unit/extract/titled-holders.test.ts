import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

// A short surname after the title of an office is that office's holder on the day; a town noun
// before a country named like its capital is that capital. Sentences written here.
describe('a short surname after an office title', () => {
  it('es: "el presidente Fox" in 2001 is Vicente Fox', () => {
    expect(peopleOf('El presidente Fox recibió a José María Aznar.', 'es', '2001-07-02')).toEqual(['Vicente Fox', 'José María Aznar']);
  });
  it('de: "Premierminister Abe" in 2019 is Shinzo Abe', () => {
    expect(peopleOf('Premierminister Abe empfing Angela Merkel in Tokio.', 'de', '2019-02-04')).toEqual(['Shinzo Abe', 'Angela Merkel']);
  });
  it('en, it, fr: the same title and surname on a day nobody of that name held the office stays unresolved', () => {
    expect(peopleOf('President Fox met Pedro Sánchez.', 'en', '2021-07-02')).not.toContain('Vicente Fox');
    expect(peopleOf('Il presidente Fox ha incontrato Pedro Sánchez.', 'it', '2021-07-02')).not.toContain('Vicente Fox');
    expect(peopleOf('Le président Fox a rencontré Pedro Sánchez.', 'fr', '2021-07-02')).not.toContain('Vicente Fox');
  });
});

describe('the city named after its country', () => {
  it('es: "la ciudad de México" is Mexico City', () => {
    expect(run('José María Aznar llegó ayer a la ciudad de México en visita oficial.', '2001-07-02', 'es')).toEqual(['visit 2001-07-01..2001-07-01 Mexico City held José María Aznar']);
  });
  it('it: "nella città di Guatemala" is Guatemala City', () => {
    expect(run('Il presidente Sergio Mattarella è arrivato ieri nella città di Guatemala.', '2026-07-02', 'it')).toEqual(['visit 2026-07-01..2026-07-01 Guatemala City held Sergio Mattarella']);
  });
  it('en: "the city of Panama" is Panama City', () => {
    expect(run('Prime Minister Pedro Sánchez arrived in the city of Panama on 1 July.', '2026-07-02', 'en')).toEqual(['visit 2026-07-01..2026-07-01 Panama City held Pedro Sánchez']);
  });
});

describe('a welcome is a meeting', () => {
  it('es: "el presidente Fox le dará la bienvenida" meets the visitor that day', () => {
    const events = run('José María Aznar llegó ayer a la ciudad de México. Hoy, a las nueve de la mañana, el presidente Fox le dará la bienvenida oficial en Palacio Nacional.', '2001-07-02', 'es');
    expect(events).toContain('meeting 2001-07-02..2001-07-02 Mexico City scheduled José María Aznar + Vicente Fox');
  });
});

describe('an office named without a name is its holder on the report’s day', () => {
  it.each([
    ['es', 'La canciller Angela Merkel se reunió el lunes en Berlín con el primer ministro británico.'],
    ['it', 'La cancelliera Angela Merkel ha incontrato lunedì a Berlino il primo ministro britannico.'],
    ['en', 'Chancellor Angela Merkel met the British prime minister in Berlin on Monday.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(peopleOf(text, lang, '2015-06-04')).toEqual(['Angela Merkel', 'David Cameron']);
  });

  it.each([
    ['es', 'La canciller Angela Merkel se reunió el lunes en Berlín con la primera ministra británica.'],
    ['it', 'La cancelliera Angela Merkel ha incontrato lunedì a Berlino la premier britannica.'],
    ['fr', 'La chancelière Angela Merkel a rencontré lundi à Berlin la Première ministre britannique.'],
  ] as const)('a woman’s title, with its adjective in the feminine, is the woman in office (%s, 2017)', (lang, text) => {
    expect(peopleOf(text, lang, '2017-06-04')).toEqual(['Angela Merkel', 'Theresa May']);
  });
});

describe('plural titles followed by the names they stand for', () => {
  it('es: "Los presidentes de España y Francia, Pedro Sánchez y Emmanuel Macron" are those two, not the King', () => {
    expect(peopleOf('Los presidentes de España y Francia, Pedro Sánchez y Emmanuel Macron, se reunieron.', 'es', '2024-03-12')).toEqual(['Pedro Sánchez', 'Emmanuel Macron']);
  });
  it('it, fr: the same with the countries in either order', () => {
    expect(peopleOf('I presidenti di Spagna e Francia, Pedro Sánchez e Emmanuel Macron, si sono incontrati.', 'it', '2024-03-12')).toEqual(['Pedro Sánchez', 'Emmanuel Macron']);
    expect(peopleOf("Les présidents d'Espagne et de France, Pedro Sánchez et Emmanuel Macron, se sont rencontrés.", 'fr', '2024-03-12')).toEqual(['Pedro Sánchez', 'Emmanuel Macron']);
  });
  it('es: without names the plural title still gives each country\'s holder', () => {
    expect(peopleOf('Los presidentes de Argentina y Brasil se reunieron.', 'es', '2024-03-12')).toEqual(['Javier Milei', 'Luiz Inácio Lula da Silva']);
  });
});

describe("a country's own titles, read in its language", () => {
  it('fr: "le président de la République" is France\'s president on the day', () => {
    expect(peopleOf('Le président de la République recevra jeudi Luiz Inácio Lula da Silva.', 'fr', '2024-03-12')).toEqual(['Emmanuel Macron', 'Luiz Inácio Lula da Silva']);
    expect(peopleOf('Le président de la République tchèque recevra jeudi Luiz Inácio Lula da Silva.', 'fr', '2024-03-12')).not.toContain('Emmanuel Macron');
  });
  it('it: "il presidente della Repubblica", "il capo dello Stato" are Italy\'s', () => {
    expect(peopleOf('Il presidente della Repubblica riceverà giovedì Luiz Inácio Lula da Silva.', 'it', '2024-03-12')).toEqual(['Sergio Mattarella', 'Luiz Inácio Lula da Silva']);
    expect(peopleOf('Ieri il capo dello Stato ha ricevuto Lula.', 'it', '2024-03-12')).toEqual(['Sergio Mattarella', 'Luiz Inácio Lula da Silva']);
  });
  it('es: "el Rey" is Spain\'s king, "el rey de Marruecos" is not', () => {
    expect(peopleOf('Ayer el Rey recibió a Lula.', 'es', '2024-03-12')).toEqual(['Felipe VI', 'Luiz Inácio Lula da Silva']);
    expect(peopleOf('Ayer el rey de Marruecos recibió a Lula.', 'es', '2024-03-12')).not.toContain('Felipe VI');
  });
});

describe('a title and the name after it', () => {
  it('it: a verb and a day between the title and a name make no apposition', () => {
    expect(peopleOf('Il presidente del Consiglio riceverà giovedì Luiz Inácio Lula da Silva.', 'it', '2024-03-12')).toEqual(['Giorgia Meloni', 'Luiz Inácio Lula da Silva']);
  });
  it('fr, es: "le président élu américain Donald Trump", "el presidente electo de Chile, José Antonio Kast" name the elect, not the holder', () => {
    expect(peopleOf('François Hollande et le président élu américain Donald Trump se sont entretenus.', 'fr', '2016-11-11')).toEqual(['François Hollande', 'Donald Trump']);
    expect(peopleOf('Hugo de Zela se reunió con el presidente electo de Chile, José Antonio Kast.', 'es', '2026-03-10')).not.toContain('Gabriel Boric');
  });
  it('en: a doubled title ("Afghan President President Ashraf Ghani") is the name after it', () => {
    expect(peopleOf('Afghan President President Ashraf Ghani arrived.', 'en', '2014-11-25')).toEqual(['Ashraf Ghani']);
  });
});

describe('the Pope of the day', () => {
  it.each([
    ['en', 'The Pope met with King Charles at the Vatican on Wednesday.', '2024-03-12', 'Pope Francis'],
    ['it', 'Il Papa ha ricevuto ieri in Vaticano la presidente Doris Leuthard.', '2010-05-06', 'Benedict XVI'],
    ['fr', 'Le pape a reçu mercredi Emmanuel Macron au Vatican.', '2025-10-01', 'Leo XIV'],
    ['de', 'Der Papst empfing am Mittwoch Olaf Scholz im Vatikan.', '2024-03-12', 'Pope Francis'],
  ] as const)('%s: %s', (lang, text, published, pope) => {
    expect(peopleOf(text, lang, published)).toContain(pope);
  });
});

describe('a stay of n days after a weekday', () => {
  it('en: "on Sunday for a three-day visit" is three days ("Sunday" is no "un day")', () => {
    expect(run('German Chancellor Olaf Scholz will arrive in Beijing on Sunday for a three-day visit.', '2024-03-12', 'en')).toEqual(['visit 2024-03-17..2024-03-19 Beijing scheduled Olaf Scholz']);
  });
});
