import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../lib/events/event-record';
import { computeEtag } from '../../../lib/feeds/compute-etag';
import { renderCalendar } from '../../../lib/ical/render-calendar';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { buildFixtureEvents, FEED_OPTIONS, NASTY_TITLE } from './fixture-events';
import { checkWithLibical } from './libical-check';
import { lintIcal, parseContentLine, unfoldLines } from './lint-ical';
import { makeEvent } from './make-event';

function parseWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // ical.js resolves TZIDs through its global service; register the feed's own VTIMEZONEs so
  // the instants it computes come from the rules we shipped, as a client's would.
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events };
}

function findEvent(text: string, id: number) {
  const found = parseWithIcalJs(text).events.find(({ event }) => event.uid === `${id}@summitry.example`);
  if (!found) throw new Error(`no VEVENT for ${id}`);
  return found;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function utcOf(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

describe('renderCalendar', () => {
  const events = buildFixtureEvents();
  const text = renderCalendar(events, { ...FEED_OPTIONS, cache: new VeventCache() });

  it('passes the byte-level lint', () => {
    expect(lintIcal(text)).toEqual([]);
  });

  it('is accepted by libical with no restriction errors', () => {
    const verdict = checkWithLibical(text);
    expect(verdict.errors).toEqual([]);
    expect(verdict.errorCount).toBe(0);
  });

  it('parses in ical.js with stable UIDs, SEQUENCE and STATUS for every event', () => {
    const { calendar, events: parsed } = parseWithIcalJs(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Summitry – all events');
    expect(parsed.map(({ event }) => event.uid)).toEqual(events.map((event) => `${event.id}@summitry.example`));
    const byId = new Map(parsed.map(({ event, component }) => [Number(event.uid.split('@')[0]), { event, component }]));
    for (const record of events) {
      const { event, component } = byId.get(record.id)!;
      expect(event.sequence).toBe(record.version);
      const expectedStatus = record.deletedAt || record.status === 'cancelled' ? 'CANCELLED' : record.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED';
      expect(component.getFirstPropertyValue('status')).toBe(expectedStatus);
    }
  });

  it('keeps every timed event at its stored instant, in its own zone, across DST changes', () => {
    for (const record of events.filter((event) => !event.allDay)) {
      const { event } = findEvent(text, record.id);
      expect(utcOf(event.startDate), `start of ${record.id}`).toBe(record.startUtc);
      if (record.endUtc !== record.startUtc) expect(utcOf(event.endDate), `end of ${record.id}`).toBe(record.endUtc);
    }
    expect(findEvent(text, 4).event.startDate.zone?.tzid).toBe('Europe/Rome');
    expect(findEvent(text, 4).event.startDate.toString()).toBe('2026-03-29T09:00:00');
    expect(findEvent(text, 5).event.startDate.zone?.tzid).toBe('Pacific/Auckland');
    expect(findEvent(text, 5).event.startDate.toString()).toBe('2026-04-05T09:30:00');
    expect(findEvent(text, 7).event.startDate.zone?.tzid).toBe('Europe/Kyiv');
    expect(findEvent(text, 8).event.startDate.zone?.tzid).toBe('UTC');
  });

  it('writes all-day events as dates with the exclusive end the day after the last day', () => {
    const visit = findEvent(text, 1).event;
    expect(visit.startDate.isDate).toBe(true);
    expect(visit.startDate.toString()).toBe('2026-04-08');
    expect(visit.endDate.toString()).toBe('2026-04-13');
    const overMonthEnd = findEvent(text, 10).event;
    expect(overMonthEnd.endDate.toString()).toBe('2026-02-02');
  });

  it('declares exactly one VTIMEZONE per zone used', () => {
    const tzids = parseWithIcalJs(text).calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'));
    expect(tzids).toEqual(['America/New_York', 'Europe/Kyiv', 'Europe/Rome', 'Pacific/Auckland']);
  });

  it('keeps a title with ; , newline, CRLF, backslash and emoji intact (CRLF becomes the one line break iCalendar has)', () => {
    const { event } = findEvent(text, 9);
    const expected = NASTY_TITLE.replace(/\r\n/g, '\n');
    expect(event.summary).toBe(expected);
    expect(event.description.split('\n\nStatus:')[0]).toBe(expected);
  });

  it('lets no stored field inject a property', () => {
    const names = unfoldLines(text).map((line) => parseContentLine(line)?.name);
    expect(names).not.toContain('X-INJECTED');
    expect(names).not.toContain('X-EVIL');
    expect(names).not.toContain('ATTENDEE');
    const { component } = findEvent(text, 9);
    expect(component.getFirstPropertyValue('location')).toBe('Rome;\nX-INJECTED:1, Italy');
  });

  it('is read the same way by node-ical', () => {
    const parsed = nodeIcal.sync.parseICS(text);
    const vevents = Object.values(parsed).filter((item) => item?.type === 'VEVENT') as VEvent[];
    expect(vevents).toHaveLength(events.length);
    for (const record of events) {
      const vevent = vevents.find((item) => item.uid === `${record.id}@summitry.example`)!;
      expect(vevent, `event ${record.id}`).toBeDefined();
      if (record.allDay) {
        expect(vevent.datetype).toBe('date');
      } else {
        expect(vevent.start.toISOString().replace('.000Z', 'Z'), `start of ${record.id}`).toBe(record.startUtc);
      }
    }
    const call = vevents.find((item) => item.uid === '6@summitry.example')!;
    expect(call.status).toBe('CANCELLED');
    expect(call.summary).toBe('Call: Trump – Xi');
  });

  it('does not depend on the order the events arrive in', () => {
    const reversed = renderCalendar([...events].reverse(), { ...FEED_OPTIONS, cache: new VeventCache() });
    expect(reversed).toBe(text);
  });

  it('renders an empty calendar that every consumer accepts', () => {
    const empty = renderCalendar([], FEED_OPTIONS);
    expect(lintIcal(empty)).toEqual([]);
    expect(checkWithLibical(empty).errorCount).toBe(0);
    expect(() => ICAL.parse(empty)).not.toThrow();
  });

  it('sanitises and escapes the calendar name and description', () => {
    const hostile = renderCalendar([], { ...FEED_OPTIONS, name: 'Rutte;\r\nX-INJECTED:1, NATO', description: 'line one\nline two\\' });
    expect(lintIcal(hostile)).toEqual([]);
    // ical.js types X- properties as UNKNOWN and leaves them escaped; clients read them as TEXT,
    // so compare the unescaped raw values.
    const lines = unfoldLines(hostile).map((line) => parseContentLine(line)!);
    const valueOf = (name: string) => unescapeText(lines.find((line) => line.name === name)!.value);
    expect(valueOf('X-WR-CALNAME')).toBe('Rutte; X-INJECTED:1, NATO');
    expect(valueOf('NAME')).toBe('Rutte; X-INJECTED:1, NATO');
    expect(valueOf('X-WR-CALDESC')).toBe('line one line two\\');
    expect(valueOf('DESCRIPTION')).toBe('line one line two\\');
    expect(hostile).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(hostile).toContain('X-PUBLISHED-TTL:PT1H\r\n');
  });
});

describe('editing an event', () => {
  const original = makeEvent({ id: 42, version: 1, updatedAt: '2026-04-07T09:30:00Z' });
  const edited: EventRecord = { ...original, version: 2, title: 'Rutte meets Trump (moved)', start: '2026-04-08T15:00:00-04:00', end: '2026-04-08T16:00:00-04:00', startUtc: '2026-04-08T19:00:00Z', endUtc: '2026-04-08T20:00:00Z', updatedAt: '2026-04-07T12:00:00Z' };
  const cancelled: EventRecord = { ...edited, version: 3, status: 'cancelled', updatedAt: '2026-04-07T13:00:00Z' };
  const cache = new VeventCache();
  const render = (event: EventRecord) => renderCalendar([event], { ...FEED_OPTIONS, cache });

  it('keeps the UID, raises SEQUENCE by one and changes the ETag', () => {
    const before = render(original);
    const after = render(edited);
    const a = findEvent(before, 42).event;
    const b = findEvent(after, 42).event;
    expect(b.uid).toBe(a.uid);
    expect(b.sequence).toBe(a.sequence + 1);
    expect(utcOf(b.startDate)).toBe('2026-04-08T19:00:00Z');
    expect(computeEtag(after)).not.toBe(computeEtag(before));
    expect(findEvent(after, 42).component.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-04-07T12:00:00Z');
  });

  it('marks a cancelled event CANCELLED with the next SEQUENCE', () => {
    const text = render(cancelled);
    const { event, component } = findEvent(text, 42);
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
    expect(checkWithLibical(text).errorCount).toBe(0);
  });

  it('renders the same bytes twice (stamps come from the record, not the clock)', async () => {
    const first = renderCalendar([original], { ...FEED_OPTIONS, cache: new VeventCache() });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = renderCalendar([original], { ...FEED_OPTIONS, cache: new VeventCache() });
    expect(second).toBe(first);
    expect(computeEtag(second)).toBe(computeEtag(first));
  });
});

describe('server time zone', () => {
  const script = fileURLToPath(new URL('./render-fixture-calendar.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
  const renderUnder = (tz: string) => {
    const run = spawnSync(tsx, [script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout;
  };

  it('never leaks into the output: UTC and Pacific/Auckland give identical bytes, equal to this process', () => {
    const utc = renderUnder('UTC');
    const auckland = renderUnder('Pacific/Auckland');
    expect(auckland).toBe(utc);
    const [calendar, feed] = utc.split('\u0000');
    expect(renderCalendar(buildFixtureEvents(), { ...FEED_OPTIONS, cache: new VeventCache() })).toBe(calendar);
    expect(lintIcal(feed)).toEqual([]);
    expect(checkWithLibical(feed).errorCount).toBe(0);
  }, 60_000);
});
