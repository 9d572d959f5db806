import ical, { ICalEvent, escape, foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../lib/ical/render-calendar';
import { renderVevent } from '../../../lib/ical/render-vevent';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { FEED_OPTIONS } from './fixture-events';
import { lintIcal, parseContentLine, unfoldLines } from './lint-ical';
import { makeEvent, ROME } from './make-event';

// ical-generator writes each VEVENT and VTIMEZONE; these are the places where it cannot give what
// RFC 5545 or calendar clients need, and why the code around it (fold-line.ts, escape-text.ts,
// render-vevent.ts's own lines, render-calendar.ts's header) stays ours. Each test shows the
// library's output failing and ours passing (README, Decisions: "VEVENTs by ical-generator").

const OPTIONS = { host: 'summitry.example', baseUrl: 'https://summitry.example' };
const propertiesOf = (text: string) => unfoldLines(text).map((line) => parseContentLine(line)!);

describe('where ical-generator falls short, and our code does not', () => {
  it('folding: it folds between a backslash and the character it escapes; we never do', () => {
    const broken: number[] = [];
    for (let pad = 55; pad < 80; pad++) {
      const title = `${'x'.repeat(pad)}${';,\\'.repeat(12)}`;
      const theirs = ical({ name: 'Summitry' });
      theirs.createEvent({ id: '1@summitry.example', start: new Date(Date.UTC(2026, 3, 8)), stamp: new Date(Date.UTC(2026, 3, 7)), summary: title });
      if (lintIcal(`${theirs.toString()}\r\n`).some((problem) => problem.includes('folds inside a backslash escape'))) broken.push(pad);
      const ours = renderCalendar([makeEvent({ id: 1, kind: 'other', title })], { ...FEED_OPTIONS, cache: new VeventCache() });
      expect(lintIcal(ours), `pad ${pad}`).toEqual([]);
    }
    expect(broken.length).toBeGreaterThan(0);
    // The same happens with its exported helper, which the calendar uses.
    expect(foldLines(`SUMMARY:${'x'.repeat(65)}\\;tail`).split('\r\n')[0].endsWith('\\')).toBe(true);
  });

  it('text: it keeps control characters and turns a lone CR into a line break; TEXT allows neither', () => {
    expect(escape('a\u0007b\rc', false)).toBe('a\u0007b\\nc');
    const summary = propertiesOf(renderVevent(makeEvent({ id: 1, kind: 'other', title: 'a\u0007b\rc' }), OPTIONS)).find((line) => line.name === 'SUMMARY')!;
    expect(summary.value).toBe('abc');
  });

  it('URL: it backslash-escapes , and ; inside a URI, which clients keep in the link; we write the URI as it is', () => {
    const theirs = new ICalEvent({ id: '1@a', start: new Date(Date.UTC(2026, 3, 8)), url: 'https://a,b;c.example/events/1' }, ical()).toString();
    expect(theirs).toContain('URL;VALUE=URI:https://a\\,b\\;c.example/events/1\r\n');
    const ours = propertiesOf(renderVevent(makeEvent({ id: 1 }), { host: 'a,b;c.example', baseUrl: 'https://a,b;c.example' })).find((line) => line.name === 'URL')!;
    expect(ours.value).toBe('https://a,b;c.example/events/1');
  });

  it('GEO: it leaves GEO out when a coordinate is 0; a place on the equator or the prime meridian keeps it', () => {
    const theirs = new ICalEvent({ id: '1@a', start: new Date(Date.UTC(2026, 3, 8)), location: { title: 'Null Island', geo: { lat: 0, lon: 12.5 } } }, ical()).toString();
    expect(theirs).not.toContain('GEO:');
    const text = renderVevent(makeEvent({ id: 1, place: { ...ROME, latitude: 0, longitude: 12.5 } }), OPTIONS);
    expect(propertiesOf(text).find((line) => line.name === 'GEO')?.value).toBe('0;12.5');
    expect(lintIcal(renderCalendar([makeEvent({ id: 1, place: { ...ROME, latitude: 0, longitude: 12.5 } })], { ...FEED_OPTIONS, cache: new VeventCache() }))).toEqual([]);
  });

  it('calendar: it writes NAME and X-WR-CALDESC unescaped and no CRLF after END:VCALENDAR, so the header and the concatenation stay ours', () => {
    const theirs = ical({ name: 'Rutte, NATO; allies', description: 'one, two' }).toString();
    expect(theirs).toContain('NAME:Rutte, NATO; allies\r\n');
    expect(theirs).toContain('X-WR-CALDESC:one, two\r\n');
    expect(lintIcal(theirs)).toContain('the last line does not end in CRLF');
    const ours = renderCalendar([], { ...FEED_OPTIONS, name: 'Rutte, NATO; allies', description: 'one, two' });
    expect(ours).toContain('NAME:Rutte\\, NATO\\; allies\r\n');
    expect(ours).toContain('X-WR-CALDESC:one\\, two\r\n');
    expect(lintIcal(ours)).toEqual([]);
  });
});
