import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/calls.ts: a call has everyone on the line and no place.
describe('a call pairs the people on the line', () => {
  it.each([
    ['en', 'Donald Trump spoke by phone with Vladimir Putin on Sunday.', 'Donald Trump + Vladimir Putin'],
    ['de', 'Friedrich Merz telefonierte am Sonntag mit Donald Trump.', 'Donald Trump + Friedrich Merz'],
    ['it', 'Giorgia Meloni ha avuto ieri una telefonata con Donald Trump.', 'Donald Trump + Giorgia Meloni'],
    ['es', 'Pedro Sánchez habló ayer por teléfono con Emmanuel Macron.', 'Emmanuel Macron + Pedro Sánchez'],
  ] as const)('%s', (lang, text, pair) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`call 2026-03-01..2026-03-01 - held ${pair}`]);
  });

  it('each side introduced on its own is a call of its own (fr)', () => {
    expect(run("Emmanuel Macron s'est entretenu dimanche par téléphone avec Donald Trump, puis avec Volodymyr Zelensky.", '2026-03-02', 'fr')).toEqual([
      'call 2026-03-01..2026-03-01 - held Donald Trump + Emmanuel Macron',
      'call 2026-03-01..2026-03-01 - held Emmanuel Macron + Volodymyr Zelensky',
    ]);
  });
});

// clause.ts's openingComma: "Après avoir reçu X, Macron a appelé Y" is a meeting and a call.
describe('a meeting told in an opening phrase is apart from the call of the main clause', () => {
  it.each([
    ['fr', 'Après avoir reçu Keir Starmer lundi à Paris, Emmanuel Macron a appelé Donald Trump.'],
    ['it', 'Dopo aver incontrato lunedì a Parigi Keir Starmer, Emmanuel Macron ha telefonato a Donald Trump.'],
  ] as const)('%s', (lang, text) => {
    expect(run(text, '2026-03-02', lang).sort()).toEqual([
      'call 2026-03-02..2026-03-02 - held Donald Trump + Emmanuel Macron',
      'meeting 2026-03-02..2026-03-02 Paris held Emmanuel Macron + Keir Starmer',
    ]);
  });
});

describe('a caller speaking with a list of people holds one call each', () => {
  it.each([
    ['es', 'Barack Obama habló ayer por teléfono con Gordon Brown, Nicolas Sarkozy, Angela Merkel y José Luis Rodríguez Zapatero.', ['Gordon Brown', 'Nicolas Sarkozy', 'Angela Merkel', 'José Luis Rodríguez Zapatero']],
    ['en', 'Barack Obama spoke by phone on Wednesday with Gordon Brown, Nicolas Sarkozy, Angela Merkel and Stephen Harper.', ['Gordon Brown', 'Nicolas Sarkozy', 'Angela Merkel', 'Stephen Harper']],
  ] as const)('%s', (lang, text, callees) => {
    expect(run(text, '2008-11-06', lang)).toEqual(callees.map((p) => `call 2008-11-05..2008-11-05 - held ${[p, 'Barack Obama'].sort().join(' + ')}`));
  });
});

describe('calls received from a list of people', () => {
  it.each([
    ['es', 'Barack Obama recibió ayer llamadas de felicitación de Gordon Brown, Nicolas Sarkozy y José Luis Rodríguez Zapatero.', 'José Luis Rodríguez Zapatero'],
    ['en', 'Obama received congratulatory calls on Wednesday from Gordon Brown, Nicolas Sarkozy and Stephen Harper.', 'Stephen Harper'],
  ] as const)('are one call each (%s)', (lang, text, last) => {
    expect(run(text, '2008-11-06', lang)).toEqual(['Gordon Brown', 'Nicolas Sarkozy', last].map((p) => `call 2008-11-05..2008-11-05 - held ${[p, 'Barack Obama'].sort().join(' + ')}`));
  });
});

describe('every common wording of a call is one call, and a video conference is no summit', () => {
  it.each([
    ['es', 'El presidente Pedro Sánchez telefoneó al canciller Olaf Scholz el lunes.', 'Olaf Scholz + Pedro Sánchez'],
    ['de', 'Ministerpräsident Mark Rutte sprach am Montag in einer Videokonferenz mit Bundeskanzler Olaf Scholz.', 'Mark Rutte + Olaf Scholz'],
    ['fr', "Le président Emmanuel Macron s'est entretenu en visioconférence avec le chancelier Olaf Scholz lundi.", 'Emmanuel Macron + Olaf Scholz'],
    ['it', 'Il presidente Sergio Mattarella e il cancelliere Olaf Scholz si sono sentiti al telefono lunedì.', 'Olaf Scholz + Sergio Mattarella'],
  ] as const)('%s: %s', (lang, text, pair) => {
    expect(run(text, '2024-06-04', lang)).toEqual([`call 2024-06-03..2024-06-03 - held ${pair}`]);
  });
});
