import { describe, expect, it } from 'vitest';
import { buildSummary, pickSurname } from '../../../lib/ical/build-summary';
import { describeEventStatus, mapEventStatus } from '../../../lib/ical/map-event-status';
import { renderVevent } from '../../../lib/ical/render-vevent';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { parseContentLine, unfoldLines } from './lint-ical';
import { makeAllDayEvent, makeEvent, RUBIO, RUTTE, TRUMP, VON_DER_LEYEN, WASHINGTON, XI } from './make-event';

const OPTIONS = { host: 'summitry.example', baseUrl: 'https://summitry.example/' };

function properties(text: string): Map<string, string> {
  return new Map(unfoldLines(text).map((line) => {
    const parsed = parseContentLine(line)!;
    const params = Object.entries(parsed.params).map(([key, value]) => `;${key}=${value}`).join('');
    return [parsed.name, `${params}:${parsed.value}`];
  }));
}

describe('renderVevent', () => {
  it('writes identity and stamps from the stored record', () => {
    const props = properties(renderVevent(makeEvent({ id: 7, version: 4, createdAt: '2026-04-01T08:00:00.123Z', updatedAt: '2026-04-03T10:20:30Z' }), OPTIONS));
    expect(props.get('UID')).toBe(':7@summitry.example');
    expect(props.get('SEQUENCE')).toBe(':4');
    expect(props.get('DTSTAMP')).toBe(':20260403T102030Z');
    expect(props.get('LAST-MODIFIED')).toBe(':20260403T102030Z');
    expect(props.get('CREATED')).toBe(':20260401T080000Z');
    expect(props.get('URL')).toBe(':https://summitry.example/events/7');
  });

  it('writes a timed event in its own zone and an all-day event as dates', () => {
    const timed = properties(renderVevent(makeEvent({ id: 1 }), OPTIONS));
    expect(timed.get('DTSTART')).toBe(';TZID=America/New_York:20260408T110000');
    expect(timed.get('DTEND')).toBe(';TZID=America/New_York:20260408T120000');
    const allDay = properties(renderVevent(makeAllDayEvent({ id: 2, start: '2026-12-30', end: '2026-12-31' }), OPTIONS));
    expect(allDay.get('DTSTART')).toBe(';VALUE=DATE:20261230');
    expect(allDay.get('DTEND')).toBe(';VALUE=DATE:20270101');
  });

  it('falls back to UTC, not floating time, for a zone it has no VTIMEZONE for', () => {
    const props = properties(renderVevent(makeEvent({ id: 1, timezone: 'Nowhere/Atlantis' }), OPTIONS));
    expect(props.get('DTSTART')).toBe(':20260408T150000Z');
    expect(props.get('DTEND')).toBe(':20260408T160000Z');
  });

  it('writes place, coordinates and categories', () => {
    const props = properties(renderVevent(makeEvent({ id: 1 }), OPTIONS));
    expect(props.get('LOCATION')).toBe(':Washington\\, United States');
    expect(props.get('GEO')).toBe(':38.9072;-77.0369');
    expect(props.get('CATEGORIES')).toBe(':meeting,NL,US');
    const nowhere = properties(renderVevent(makeEvent({ id: 1, place: { ...WASHINGTON, latitude: null, longitude: null } }), OPTIONS));
    expect(nowhere.has('GEO')).toBe(false);
  });

  it('describes participants with roles, status, parent visit and sources', () => {
    const text = renderVevent(makeEvent({ id: 3, parentId: 1, status: 'held' }), { ...OPTIONS, parentTitle: 'Rutte visits Washington' });
    const description = properties(text).get('DESCRIPTION')!;
    expect(description).toContain('Status: Held');
    expect(description).toContain('Part of: Rutte visits Washington');
    expect(description).toContain('- Mark Rutte\\, Secretary General\\, NATO (NL)');
    expect(description).toContain('- Donald Trump\\, President (US)');
    expect(description).toContain('- ANSA\\, 2026-04-07: https://www.ansa.it/sito/notizie/rutte.html');
  });
});

describe('mapEventStatus', () => {
  const confirmed = 'confirmed' as const;
  it('maps scheduled and held to CONFIRMED, postponed to TENTATIVE, cancelled and deleted to CANCELLED', () => {
    expect(mapEventStatus({ status: 'scheduled', certainty: confirmed, deletedAt: null })).toBe('CONFIRMED');
    expect(mapEventStatus({ status: 'held', certainty: confirmed, deletedAt: null })).toBe('CONFIRMED');
    expect(mapEventStatus({ status: 'postponed', certainty: confirmed, deletedAt: null })).toBe('TENTATIVE');
    expect(mapEventStatus({ status: 'cancelled', certainty: confirmed, deletedAt: null })).toBe('CANCELLED');
    expect(mapEventStatus({ status: 'held', certainty: confirmed, deletedAt: '2026-04-01T00:00:00Z' })).toBe('CANCELLED');
  });

  it('makes expected and unconfirmed events TENTATIVE unless they are cancelled', () => {
    expect(mapEventStatus({ status: 'scheduled', certainty: 'expected', deletedAt: null })).toBe('TENTATIVE');
    expect(mapEventStatus({ status: 'scheduled', certainty: 'unconfirmed', deletedAt: null })).toBe('TENTATIVE');
    expect(mapEventStatus({ status: 'postponed', certainty: 'expected', deletedAt: null })).toBe('TENTATIVE');
    expect(mapEventStatus({ status: 'cancelled', certainty: 'unconfirmed', deletedAt: null })).toBe('CANCELLED');
  });

  it('says in the description how certain an event is', () => {
    expect(describeEventStatus({ status: 'scheduled', certainty: confirmed, deletedAt: null })).toBe('Scheduled');
    expect(describeEventStatus({ status: 'scheduled', certainty: 'expected', deletedAt: null })).toBe('Scheduled (expected: announced, not confirmed by the hosts)');
    expect(describeEventStatus({ status: 'scheduled', certainty: 'unconfirmed', deletedAt: null })).toBe('Scheduled (unconfirmed: reported by sources, not announced)');
  });
});

describe('buildSummary', () => {
  it('reads well in a month view', () => {
    expect(buildSummary(makeEvent({ id: 1, participants: [RUTTE, TRUMP] }))).toBe('Rutte – Trump, Washington');
    expect(buildSummary(makeAllDayEvent({ id: 2, start: '2026-04-08', end: '2026-04-12', participants: [TRUMP, RUTTE] }))).toBe('Rutte in Washington');
    expect(buildSummary(makeEvent({ id: 3, kind: 'call', participants: [TRUMP, XI] }))).toBe('Call: Trump – Xi');
    expect(buildSummary(makeEvent({ id: 4, kind: 'summit', title: 'NATO summit', participants: [] }))).toBe('NATO summit, Washington');
    expect(buildSummary(makeEvent({ id: 5, kind: 'summit', title: 'Summit in Washington' }))).toBe('Summit in Washington');
    expect(buildSummary(makeEvent({ id: 6, kind: 'meeting', participants: [] }))).toBe('Rutte meets Trump');
    expect(buildSummary(makeEvent({ id: 7, kind: 'other', title: 'Anything' }))).toBe('Anything');
  });

  it('caps long participant lists', () => {
    expect(buildSummary(makeEvent({ id: 1, participants: [RUTTE, TRUMP, RUBIO, XI, VON_DER_LEYEN], place: null }))).toBe('Rutte – Trump – Rubio +2');
  });

  it('finds the name a headline would use', () => {
    expect(pickSurname(VON_DER_LEYEN)).toBe('von der Leyen');
    expect(pickSurname(XI)).toBe('Xi');
    expect(pickSurname({ name: 'Lula', country: 'BR' })).toBe('Lula');
  });
});

describe('VeventCache', () => {
  it('renders each id+version once and re-renders on a new version or a changed fingerprint', () => {
    const cache = new VeventCache(10);
    const event = makeEvent({ id: 1 });
    const first = cache.render(event, OPTIONS);
    expect(cache.render({ ...event }, OPTIONS)).toBe(first);
    expect(cache.hits).toBe(1);
    const renamed = cache.render({ ...event, participants: [RUTTE, { ...TRUMP, name: 'Donald J. Trump' }] }, OPTIONS);
    expect(renamed.text).toContain('Donald J. Trump');
    const bumped = cache.render({ ...event, version: 2 }, OPTIONS);
    expect(bumped.text).toContain('SEQUENCE:2');
    expect(cache.misses).toBe(3);
  });

  it('stays within its capacity, evicting the least recently used', () => {
    const cache = new VeventCache(3);
    for (let id = 1; id <= 5; id++) cache.render(makeEvent({ id }), OPTIONS);
    expect(cache.size).toBe(3);
    cache.render(makeEvent({ id: 3 }), OPTIONS);
    expect(cache.hits).toBe(1);
    cache.render(makeEvent({ id: 1 }), OPTIONS);
    expect(cache.misses).toBe(6);
  });
});

describe('FeedMemo', () => {
  it('returns the same feed object while the signature holds and rebuilds when it changes', async () => {
    const { FeedMemo } = await import('../../../lib/feeds/feed-memo');
    const memo = new FeedMemo(2);
    let builds = 0;
    const build = () => ({ body: `body ${++builds}`, included: 0, dropped: 0, skippedIds: [], lastModified: null, etag: `"${builds}"` });
    const first = memo.resolve('/feeds/all.ics', 'a', build);
    expect(memo.resolve('/feeds/all.ics', 'a', build)).toBe(first);
    expect(memo.resolve('/feeds/all.ics', 'b', build).body).toBe('body 2');
    expect(builds).toBe(2);
  });
});
