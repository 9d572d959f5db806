import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../lib/events/event-record';
import { renderFeed } from '../../../lib/ical/render-feed';
import { parsePastDays, selectFeedEvents } from '../../../lib/feeds/select-feed-window';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { FEED_OPTIONS } from './fixture-events';
import { checkWithLibical } from './libical-check';
import { lintIcal } from './lint-ical';
import { makeAllDayEvent, makeEvent } from './make-event';

const NOW = '2026-05-01T12:00:00Z';

function timedOn(id: number, day: string, extra: Partial<EventRecord> = {}): EventRecord {
  return makeEvent({ id, start: `${day}T10:00:00-04:00`, end: `${day}T11:00:00-04:00`, startDate: day, endDate: day, startUtc: `${day}T14:00:00Z`, endUtc: `${day}T15:00:00Z`, ...extra });
}

const ids = (events: EventRecord[]) => events.map((event) => event.id);

describe('parsePastDays', () => {
  it('defaults to 90 and accepts whole days from 0 to 3650', () => {
    expect(parsePastDays(null)).toEqual({ ok: true, days: 90 });
    expect(parsePastDays('0')).toEqual({ ok: true, days: 0 });
    expect(parsePastDays('3650')).toEqual({ ok: true, days: 3650 });
  });

  it('explains what is wrong with anything else', () => {
    for (const bad of ['', '-1', '3651', '1.5', 'abc', '1e3', ' 7', '99999']) {
      const result = parsePastDays(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^past must be a whole number of days from 0 to 3650/);
    }
  });
});

describe('selectFeedEvents', () => {
  it('keeps events ending within the past window and everything later', () => {
    const events = [
      timedOn(1, '2026-01-30'), // 91 days before NOW's day: out
      timedOn(2, '2026-01-31'), // 90 days: in
      makeAllDayEvent({ id: 3, start: '2026-01-20', end: '2026-01-31' }), // last day on the boundary: in
      makeAllDayEvent({ id: 4, start: '2026-01-20', end: '2026-01-30' }),
      timedOn(5, '2027-03-01'),
    ];
    expect(ids(selectFeedEvents(events, { now: NOW }).events)).toEqual([2, 3, 5]);
    expect(ids(selectFeedEvents(events, { now: NOW, pastDays: 0 }).events)).toEqual([5]);
    expect(ids(selectFeedEvents(events, { now: NOW, pastDays: 365 }).events)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps cancelled and deleted events for 30 days after they were withdrawn', () => {
    const events = [
      timedOn(1, '2026-06-01', { status: 'cancelled', updatedAt: '2026-04-02T00:00:00Z' }), // 29 days ago: in
      timedOn(2, '2026-06-01', { status: 'cancelled', updatedAt: '2026-03-31T23:59:59Z' }), // over 30 days: out
      timedOn(3, '2026-06-01', { deletedAt: '2026-04-15T00:00:00Z', updatedAt: '2026-04-15T00:00:00Z' }),
      timedOn(4, '2026-06-01', { deletedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' }),
    ];
    expect(ids(selectFeedEvents(events, { now: NOW }).events)).toEqual([1, 3]);
  });

  it('moves only with the UTC calendar day, so polls within a day see the same feed', () => {
    const morning = selectFeedEvents([], { now: '2026-05-01T00:00:01Z' });
    const night = selectFeedEvents([], { now: '2026-05-01T23:59:59Z' });
    expect(night).toEqual(morning);
    expect(morning.asOf).toBe('2026-05-01T00:00:00.000Z');
    expect(morning.windowStart).toBe('2026-01-31T00:00:00.000Z');
  });
});

describe('renderFeed', () => {
  const many = Array.from({ length: 400 }, (_, index) => timedOn(index + 1, `2026-0${1 + Math.floor(index / 100)}-${String(1 + (index % 28)).padStart(2, '0')}`));

  it('returns the whole calendar when it fits', () => {
    const feed = renderFeed(many.slice(0, 10), { ...FEED_OPTIONS, cache: new VeventCache() });
    expect(feed).toMatchObject({ included: 10, dropped: 0, skippedIds: [] });
    expect(feed.body).not.toContain('left out');
  });

  it('drops the oldest events past the size limit and says so in the calendar description', () => {
    const maxBytes = 100_000;
    const feed = renderFeed(many, { ...FEED_OPTIONS, cache: new VeventCache(), maxBytes });
    expect(Buffer.byteLength(feed.body)).toBeLessThanOrEqual(maxBytes);
    expect(feed.dropped).toBeGreaterThan(0);
    expect(feed.included + feed.dropped).toBe(400);
    expect(lintIcal(feed.body)).toEqual([]);
    expect(checkWithLibical(feed.body).errorCount).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const kept = calendar.getAllSubcomponents('vevent').map((vevent) => Number(String(vevent.getFirstPropertyValue('uid')).split('@')[0]));
    expect(kept).toHaveLength(feed.included);
    // The newest events survive: everything kept starts no earlier than anything dropped.
    const keptSet = new Set(kept);
    const earliestKept = Math.min(...many.filter((event) => keptSet.has(event.id)).map((event) => Date.parse(event.startUtc!)));
    const latestDropped = Math.max(...many.filter((event) => !keptSet.has(event.id)).map((event) => Date.parse(event.startUtc!)));
    expect(latestDropped).toBeLessThanOrEqual(earliestKept);
    const description = String(calendar.getFirstPropertyValue('x-wr-caldesc'));
    expect(description).toContain(`This feed holds ${feed.included} of 400 matching events`);
    expect(description).toContain('to keep it under 1 MB');
  });

  it('leaves out a record it cannot render instead of failing the whole feed', () => {
    const broken = makeEvent({ id: 99, startUtc: 'not a date', start: 'nope' });
    const feed = renderFeed([many[0], broken], { ...FEED_OPTIONS, cache: new VeventCache() });
    expect(feed.skippedIds).toEqual([99]);
    expect(feed.included).toBe(1);
    expect(lintIcal(feed.body)).toEqual([]);
  });
});
