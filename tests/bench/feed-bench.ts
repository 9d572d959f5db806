/**
 * Feed benchmark (not a test): 10,000 synthetic events, mixed all-day and timed across several
 * zones. Compares a feed served from the VEVENT cache (a concatenation) with ical-generator building
 * the same calendar from scratch, times our renderer (ical-generator per VEVENT) from a cold cache
 * and after a restart (VEVENTs read from the SQLite cache file), and the 304 path.
 * Run: npx tsx tests/bench/feed-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { EventRecord, ParticipantRecord, PlaceRecord } from '../../lib/events/event-record';
import { answerFeedRequest } from '../../lib/feeds/answer-feed-request';
import { buildDescription } from '../../lib/ical/build-description';
import { buildSummary } from '../../lib/ical/build-summary';
import { computeEtag } from '../../lib/feeds/compute-etag';
import { FeedMemo } from '../../lib/feeds/feed-memo';
import { findLastModified } from '../../lib/feeds/find-last-modified';
import { formatHttpDate } from '../../lib/feeds/format-http-date';
import { mapEventStatus } from '../../lib/ical/map-event-status';
import { renderCalendar } from '../../lib/ical/render-calendar';
import { renderFeed } from '../../lib/ical/render-feed';
import { VeventCache } from '../../lib/ical/vevent-cache';
import { openVeventStore } from '../../db/ical-cache';

const EVENT_COUNT = 10_000;
const OPTIONS = { name: 'Summitry – all events', description: 'Every event in Summitry', host: 'summitry.example', baseUrl: 'https://summitry.example' };

const PLACES: PlaceRecord[] = [
  { id: 1, city: 'Washington', country: 'US', timezone: 'America/New_York', latitude: 38.9072, longitude: -77.0369 },
  { id: 2, city: 'Rome', country: 'IT', timezone: 'Europe/Rome', latitude: 41.9028, longitude: 12.4964 },
  { id: 3, city: 'Brussels', country: 'BE', timezone: 'Europe/Brussels', latitude: 50.8503, longitude: 4.3517 },
  { id: 4, city: 'Tokyo', country: 'JP', timezone: 'Asia/Tokyo', latitude: 35.6762, longitude: 139.6503 },
  { id: 5, city: 'Auckland', country: 'NZ', timezone: 'Pacific/Auckland', latitude: -36.8485, longitude: 174.7633 },
  { id: 6, city: 'New Delhi', country: 'IN', timezone: 'Asia/Kolkata', latitude: 28.6139, longitude: 77.209 },
  { id: 7, city: 'Nairobi', country: 'KE', timezone: 'Africa/Nairobi', latitude: -1.2921, longitude: 36.8219 },
  { id: 8, city: 'Brasília', country: 'BR', timezone: 'America/Sao_Paulo', latitude: -15.7975, longitude: -47.8919 },
];
const PEOPLE: ParticipantRecord[] = ['Mark Rutte', 'Donald Trump', 'Marco Rubio', 'Giorgia Meloni', 'Ursula von der Leyen', 'Narendra Modi', 'Xi Jinping', 'Emmanuel Macron'].map((name, index) => ({
  personId: index + 1,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  role: ['Secretary General', 'President', 'Secretary of State', 'Prime Minister'][index % 4],
  organization: index % 3 === 0 ? 'NATO' : null,
  country: ['NL', 'US', 'US', 'IT', 'DE', 'IN', 'CN', 'FR'][index],
}));
const KINDS = ['meeting', 'visit', 'call', 'summit', 'conference', 'other'] as const;
const STATUSES = ['scheduled', 'held', 'postponed', 'cancelled'] as const;

function buildEvents(): EventRecord[] {
  const first = DateTime.fromISO('2026-01-01T00:00:00Z', { zone: 'utc' });
  return Array.from({ length: EVENT_COUNT }, (_, index) => {
    const place = PLACES[index % PLACES.length];
    const kind = KINDS[index % KINDS.length];
    const allDay = kind === 'visit' || kind === 'summit' || index % 7 === 0;
    const day = first.plus({ days: Math.floor(index / 12) });
    const participants = [PEOPLE[index % PEOPLE.length], PEOPLE[(index + 3) % PEOPLE.length]];
    const startLocal = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: 8 + (index % 10), minute: (index % 4) * 15 }, { zone: place.timezone });
    const endLocal = startLocal.plus({ minutes: 45 + (index % 3) * 30 });
    const lastDay = day.plus({ days: index % 4 });
    // One object literal for both kinds, as a database row mapper builds them, so V8 sees one
    // shape; records spread from a shared base get other shapes and render about 2× slower.
    const record: EventRecord = {
      id: index + 1,
      version: 1 + (index % 4),
      parentId: null,
      kind,
      title: `${participants.map((p) => p.name).join(' and ')} ${kind} on trade, security; day ${index}`,
      status: STATUSES[index % STATUSES.length],
      certainty: index % 9 === 0 ? 'expected' : 'confirmed',
      allDay,
      start: allDay ? (day.toISODate() ?? '') : (startLocal.toISO({ suppressMilliseconds: true }) ?? ''),
      end: allDay ? (lastDay.toISODate() ?? '') : (endLocal.toISO({ suppressMilliseconds: true }) ?? ''),
      startDate: allDay ? (day.toISODate() ?? '') : (startLocal.toISODate() ?? ''),
      endDate: allDay ? (lastDay.toISODate() ?? '') : (endLocal.toISODate() ?? ''),
      startUtc: allDay ? null : (startLocal.toUTC().toISO({ suppressMilliseconds: true }) ?? ''),
      endUtc: allDay ? null : (endLocal.toUTC().toISO({ suppressMilliseconds: true }) ?? ''),
      timezone: place.timezone,
      place,
      participants,
      sources: [{ id: index, url: `https://news.example/${index}/story.html`, publisher: 'ANSA', language: 'it', published: day.toISODate(), evidence: [] }],
      notes: null,
      deletedAt: null,
      createdAt: day.minus({ days: 3 }).toISO() ?? '',
      updatedAt: day.minus({ days: 2 }).plus({ minutes: index % 600 }).toISO() ?? '',
    };
    return record;
  });
}

/** The same calendar through ical-generator, the way one would write it without a cache. */
function renderWithIcalGenerator(events: readonly EventRecord[]): string {
  const calendar = ical({ name: OPTIONS.name, description: OPTIONS.description, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Summitry', product: 'Summitry Feeds' }, ttl: 3600 });
  calendar.timezone({ name: null, generator: (zone) => (tzlib_get_ical_block(zone) as string[])[0] ?? null });
  for (const event of events) {
    const eventUrl = `${OPTIONS.baseUrl}/events/${event.id}`;
    const timed = !event.allDay && event.timezone;
    calendar.createEvent({
      id: `${event.id}@${OPTIONS.host}`,
      sequence: event.version,
      stamp: DateTime.fromISO(event.updatedAt, { zone: 'utc' }),
      created: DateTime.fromISO(event.createdAt, { zone: 'utc' }),
      lastModified: DateTime.fromISO(event.updatedAt, { zone: 'utc' }),
      allDay: event.allDay,
      start: timed ? DateTime.fromISO(event.startUtc ?? '', { zone: event.timezone ?? 'utc' }) : DateTime.fromISO(event.start, { zone: 'utc' }),
      end: timed ? DateTime.fromISO(event.endUtc ?? '', { zone: event.timezone ?? 'utc' }) : DateTime.fromISO(event.end, { zone: 'utc' }).plus({ days: 1 }),
      timezone: timed ? event.timezone : null,
      summary: buildSummary(event),
      description: buildDescription(event, { eventUrl }),
      location: event.place ? { title: `${event.place.city}, ${event.place.country}`, geo: event.place.latitude !== null && event.place.longitude !== null ? { lat: event.place.latitude, lon: event.place.longitude } : undefined } : null,
      url: eventUrl,
      categories: [{ name: event.kind }, ...(event.place ? [{ name: event.place.country }] : [])],
      status: mapEventStatus(event) as ICalEventStatus,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

function time(run: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const events = buildEvents();
const cache = new VeventCache();
const options = { ...OPTIONS, cache };

const coldMs = time(() => renderCalendar(events, { ...OPTIONS, cache: new VeventCache() }), 3);
// The persisted layer: a first render also writes every VEVENT to the file (one transaction); a
// restarted process has empty memory and reads them back instead of rendering.
const cacheDir = mkdtempSync(join(tmpdir(), 'summitry-feed-bench-'));
const stores: Array<ReturnType<typeof openVeventStore>> = [];
const coldPersistedMs = time(() => {
  const store = openVeventStore(join(cacheDir, `cold-${stores.length}.sqlite`));
  stores.push(store);
  renderCalendar(events, { ...OPTIONS, cache: new VeventCache(undefined, store) });
}, 3);
const restartMs = time(() => renderCalendar(events, { ...OPTIONS, cache: new VeventCache(undefined, stores[0]) }), 5);
for (const store of stores) store.close();
rmSync(cacheDir, { recursive: true, force: true });
renderCalendar(events, options); // warm the cache
const warmMs = time(() => renderCalendar(events, options), 30);
const body = renderCalendar(events, options);
const generatorMs = time(() => renderWithIcalGenerator(events), 3);
const boundedMs = time(() => renderFeed(events, options), 10);
const bounded = renderFeed(events, options);

const etag = computeEtag(body);
const lastModified = findLastModified(events);
const conditional = new Request('https://summitry.example/feeds/all.ics', { headers: { 'If-None-Match': etag } });
const notModifiedMs = time(() => answerFeedRequest(conditional, body, lastModified, 'GET'), 200);
if (answerFeedRequest(conditional, body, lastModified, 'GET').status !== 304) throw new Error('expected a 304');
// The same, with the body rebuilt from the cache on every request (a new string each time).
const fullNotModifiedMs = time(() => answerFeedRequest(conditional, renderCalendar(events, options), lastModified, 'GET'), 30);
const boundedConditional = new Request('https://summitry.example/feeds/all.ics', { headers: { 'If-None-Match': computeEtag(bounded.body) } });
const boundedNotModifiedMs = time(() => answerFeedRequest(boundedConditional, renderFeed(events, options).body, lastModified, 'GET'), 30);

// The route with a FeedMemo: a cheap signature query (not timed here) hits, nothing is rendered.
const memo = new FeedMemo();
const signature = `90|2026-05-01|${lastModified}|${events.length}`;
const buildFeed = () => {
  const rendered = renderFeed(events, options);
  return { ...rendered, lastModified: lastModified && formatHttpDate(lastModified), etag: computeEtag(rendered.body) };
};
memo.resolve('/feeds/all.ics', signature, buildFeed);
const memoNotModifiedMs = time(() => {
  const feed = memo.resolve('/feeds/all.ics', signature, buildFeed);
  return answerFeedRequest(boundedConditional, feed.body, feed.lastModified, 'GET', { etag: feed.etag });
}, 200);

const format = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const rows: Array<[string, string, string]> = [
  ['feed from warm cache (10,000 events, concatenation)', format(warmMs), warmMs < 150 ? 'ok (< 150 ms)' : 'OVER 150 ms'],
  ['our renderer (ical-generator per VEVENT), cold memory cache', format(coldMs), `${Math.round((EVENT_COUNT / coldMs) * 1000).toLocaleString('en')} events/s`],
  ['  the same, writing the SQLite cache file', format(coldPersistedMs), 'first feed after install or upgrade'],
  ['  restart: empty memory, VEVENTs from the file', format(restartMs), 'first feed after a restart'],
  ['ical-generator 10.x from scratch', format(generatorMs), `${Math.round((EVENT_COUNT / generatorMs) * 1000).toLocaleString('en')} events/s`],
  ['ratio ical-generator / warm feed', `${(generatorMs / warmMs).toFixed(0)}×`, generatorMs / warmMs >= 100 ? 'ok (≥ 100×)' : 'UNDER 100×'],
  ['304 answer (If-None-Match matches, same body)', format(notModifiedMs), notModifiedMs < 5 ? 'ok (< 5 ms)' : 'OVER 5 ms'],
  ['304 incl. re-concatenating the 10,000-event body', format(fullNotModifiedMs), 'render + ETag + compare'],
  ['bounded feed (1 MB guard) render', format(boundedMs), `${bounded.included} kept, ${bounded.dropped} dropped`],
  ['304 incl. rendering the bounded feed', format(boundedNotModifiedMs), 'route without a FeedMemo'],
  ['304 via FeedMemo signature hit', format(memoNotModifiedMs), memoNotModifiedMs < 5 ? 'ok (< 5 ms) + the signature query' : 'OVER 5 ms'],
];
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
console.log(`body: ${(Buffer.byteLength(body) / 1e6).toFixed(2)} MB unbounded, ${(Buffer.byteLength(bounded.body) / 1e6).toFixed(2)} MB bounded; node ${process.versions.node}`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
