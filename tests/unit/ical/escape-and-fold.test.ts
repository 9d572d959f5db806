import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../lib/ical/escape-text';
import { foldLine, utf8ByteLength } from '../../../lib/ical/fold-line';
import { lintIcal } from './lint-ical';

function wrapInCalendar(summaryLine: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:1@test', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260101T000000Z', foldLine(summaryLine), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops CR', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('removes control characters no TEXT value may hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('replaces lone surrogates, which have no UTF-8 form', () => {
    expect(escapeText('a\uD83Db')).toBe('a\uFFFDb');
    expect(escapeText('🎉')).toBe('🎉');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone and folds the 76th', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('never splits a multi-octet character or a surrogate pair', () => {
    const line = `SUMMARY:${'é🎉中'.repeat(30)}`;
    for (const piece of foldLine(line).split('\r\n')) {
      expect(utf8ByteLength(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(piece).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });

  it('never separates a backslash from the character it escapes', () => {
    for (let pad = 60; pad < 80; pad++) {
      const folded = foldLine(`${'x'.repeat(pad)}${escapeText(';,\\\n'.repeat(10))}`);
      for (const piece of folded.split('\r\n')) expect((/\\+$/.exec(piece)?.[0].length ?? 0) % 2).toBe(0);
    }
  });

  it('round-trips any text exactly through ical.js (CR aside) and passes the lint', () => {
    fc.assert(
      // U+FFFD is what the lint looks for as the trace of a split surrogate pair, so a title may not bring its own.
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\uFFFD')), fc.string({ unit: fc.constantFrom(';', ',', '\\', '\n', '\r\n', ':', '"', 'é', '🎉', '👩‍👩‍👧', 'a', ' '), maxLength: 60 }), (plain, tricky) => {
        const title = `${plain}${tricky}`;
        const text = wrapInCalendar(`SUMMARY:${escapeText(title)}`);
        expect(lintIcal(text)).toEqual([]);
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
        const expected = title.replace(/\r\n/g, '\n').replace(/\r/g, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        expect(event.summary).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
