import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractEventsOrThrow as extractEvents } from '../../../lib/extract';

// FORMAT.md, as a schema: what every output must look like whatever the input.
const day = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z))?$/;
const eventSchema = z.object({
  id: z.string().min(1),
  parent: z.string().nullable(),
  kind: z.enum(['visit', 'meeting', 'call', 'summit', 'conference', 'other']),
  title: z.string(),
  start: z.string().regex(day).nullable(),
  end: z.string().regex(day).nullable(),
  timezone: z.string().nullable(),
  location: z.object({ city: z.string().nullable(), country: z.string().regex(/^[A-Z]{2}$/).nullable() }).nullable(),
  status: z.enum(['scheduled', 'held', 'postponed', 'cancelled']),
  participants: z.array(z.object({ name: z.string().min(1), role: z.string().nullable().optional(), organization: z.string().nullable().optional(), country: z.string().nullable().optional() })),
  evidence: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});
const resultSchema = z.object({ language: z.enum(['en', 'it', 'fr', 'de', 'es']), published: z.string().nullable(), events: z.array(eventSchema) });

function assertValid(text: string, published: string | null = '2026-03-10'): void {
  const r = extractEvents(text, { published });
  resultSchema.parse(r);
  const ids = new Set(r.events.map((e) => e.id));
  expect(ids.size).toBe(r.events.length);
  for (const e of r.events) {
    if (e.parent !== null) expect(ids.has(e.parent)).toBe(true);
    for (const ev of e.evidence) expect(ev.end).toBeLessThanOrEqual(text.length);
    if (e.start && e.end) expect(e.end.slice(0, 10) >= e.start.slice(0, 10)).toBe(true);
  }
}

const vocabulary = [
  'Trump', 'Macron', 'Meloni', 'Merz', 'Sánchez', 'Xi Jinping', 'President', 'il presidente', 'Bundeskanzler', 'le ministre', 'el canciller',
  'will meet', 'incontrerà', 'rencontrera', 'trifft', 'se reunirá con', 'visit', 'visiterà', 'reist nach', 'summit', 'vertice', 'Gipfel', 'cumbre',
  'on Monday', 'lunedì', 'mardi', 'am Mittwoch', 'el jueves', 'tomorrow', 'domani', 'March 2-5', "dall'8 al 12 aprile", 'du 8 au 10 avril',
  'vom 24. bis 26. Februar', 'del 13 al 15 de abril', 'at 9 a.m.', 'alle 11', 'à 15 heures', 'um 16 Uhr', 'a las 11.30 horas', 'Rome', 'Roma', 'Moscou',
  'Pechino', 'Berlin', 'Washington', 'cancelled', 'postponed', 'annullato', 'reporté', 'abgesagt', 'aplazada', ',', '.', '"', '«', '(', ')', '\n', '\n\n', '😀', 'Москва', '北京',
];

describe('extractEvents on random and adversarial text', () => {
  it('never throws and always returns valid FORMAT.md output on random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.option(fc.constantFrom('2026-01-01', '2025-12-31', '2026-02-29x', ''), { nil: null }), (text, pub) => {
        assertValid(text, pub);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled diplomatic vocabulary in five languages', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }), (words) => {
        assertValid(words.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB of text without pathological slowness', () => {
    const unit = 'Il presidente Sergio Mattarella incontrerà lunedì 23 a Roma il re Felipe VI, ha detto il portavoce. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    assertValid(text);
    // The real figure is in the bench (about 1 s); this bound only catches a quadratic blow-up,
    // which takes minutes, with room for test files sharing two cores.
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('handles 100,000 commas, unbalanced quotes and brackets', () => {
    for (const text of [',' .repeat(100_000), '"'.repeat(50_000) + 'Trump met Xi on Monday.', '((((((((' + 'Macron rencontrera Merz mardi à Berlin. '.repeat(2000), '«'.repeat(10_000) + '»'.repeat(3)]) {
      const t0 = performance.now();
      assertValid(text);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });

  it('handles mixed scripts, emoji and a text of only dates', () => {
    assertValid('Путин 🤝 Xi Jinping 北京 3月5日 — Trump 🇺🇸 will meet Modi नई दिल्ली on March 5 😀😀');
    assertValid('March 2-5. 8 aprile. 12 mai. 3. Juli. 13 de abril. Monday. lunedì. mardi. Montag. lunes. tomorrow. ieri. '.repeat(500));
    assertValid('\u0000\u0001\uFFFF\uD800 lone surrogate \uDC00 end');
  });

  it('never throws on dev-corpus sentences shuffled across articles and languages', () => {
    const dir = path.resolve(__dirname, '../../../../shared/extraction/dev');
    const sentences = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
      .filter((x) => x.trim().length > 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 40 }), fc.constantFrom('\n\n', ' ', '\n'), (picked, sep) => {
        assertValid(picked.join(sep));
      }),
      { numRuns: 300 },
    );
  });

  it('returns a well-formed empty result for empty and non-string-like input', () => {
    expect(extractEvents('', { published: '2026-03-10' }).events).toEqual([]);
    expect(extractEvents('   \n\n  ').events).toEqual([]);
  });
});
