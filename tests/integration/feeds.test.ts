import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { GET as allFeed, HEAD as allFeedHead } from '../../app/feeds/all.ics/route';
import { GET as personFeed } from '../../app/feeds/person/[file]/route';
import { GET as countryFeed } from '../../app/feeds/country/[file]/route';
import { GET as orgFeed } from '../../app/feeds/org/[file]/route';
import { GET as viewFeed } from '../../app/feeds/view.ics/route';
import { POST as createRoute } from '../../app/api/events/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { loadDemoData } from '../../db/seed/load-demo-data';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';
import { lintIcal } from '../unit/ical/lint-ical';
import { checkWithLibical } from '../unit/ical/libical-check';

const database = createTempDatabase();
afterAll(() => database.cleanup());
beforeAll(() => {
  loadDemoData(database.db());
});

// The demo calendar starts in March 2026; ten years of history keeps it all in every feed whatever today is.
const PAST = 'past=3650';
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://summitry.test${path}`, { headers });
const file = (name: string) => ({ params: Promise.resolve({ file: name }) });

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

function byUidPrefix(text: string, id: number): ICAL.Component | undefined {
  return vevents(text).find((v) => v.getFirstPropertyValue('uid') === `${id}@summitry.test`);
}

describe('/feeds/all.ics', () => {
  let text: string;
  let response: Response;
  beforeAll(async () => {
    response = await allFeed(get(`/feeds/all.ics?${PAST}`));
    text = await response.text();
  });

  it('answers a calendar with validators for caches', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(response.headers.get('last-modified')).toMatch(/GMT$/);
    expect(response.headers.get('cache-control')).toContain('public');
  });

  it('passes the byte-level lint (CRLF, 75 octets, UTC stamps, VTIMEZONEs, unique UIDs)', () => {
    expect(lintIcal(text)).toEqual([]);
  });

  it('is accepted by libical with no errors', () => {
    expect(checkWithLibical(text)).toEqual({ errorCount: 0, errors: [] });
  });

  it('is read by node-ical with every demo event', () => {
    const parsed = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
    expect(parsed).toHaveLength(48);
  });

  it('carries the seed visit as an all-day event with an exclusive end and its meetings', () => {
    const visit = vevents(text).find((v) => v.getFirstPropertyValue('summary') === 'Rutte in Washington')
      ?? vevents(text).find((v) => String(v.getFirstPropertyValue('description')).includes('Mark Rutte visits Washington'));
    expect(visit).toBeDefined();
    const start = visit!.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = visit!.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString(), end.toString()]).toEqual([true, '2026-04-08', '2026-04-13']);
    const meetings = vevents(text).filter((v) => String(v.getFirstPropertyValue('summary')).startsWith('Rutte – '));
    expect(meetings.map((m) => String(m.getFirstPropertyValue('summary'))).sort()).toEqual([
      'Rutte – Hegseth, Washington',
      'Rutte – Rubio, Washington',
      'Rutte – Trump, Washington',
    ]);
  });

  it('gives a timed event its place’s zone, defined by a VTIMEZONE', () => {
    const call = vevents(text).find((v) => String(v.getFirstPropertyValue('description')).includes('Trump – Xi phone call'))!;
    const start = call.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('America/New_York');
    expect(String(start.getFirstValue())).toBe('2026-05-07T08:30:00');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York');
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and HEAD without a body', async () => {
    const etag = response.headers.get('etag')!;
    const again = await allFeed(get(`/feeds/all.ics?${PAST}`, { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    const since = await allFeed(get(`/feeds/all.ics?${PAST}`, { 'if-modified-since': response.headers.get('last-modified')! }));
    expect(since.status).toBe(304);
    const head = await allFeedHead(get(`/feeds/all.ics?${PAST}`));
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('refuses a bad ?past= with a short message', async () => {
    const bad = await allFeed(get('/feeds/all.ics?past=forever'));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/past must be a whole number/);
  });
});

describe('filtered feeds', () => {
  it('holds only a person’s events, and 404s for someone unknown', async () => {
    const text = await (await personFeed(get(`/feeds/person/mark-rutte.ics?${PAST}`), file('mark-rutte.ics'))).text();
    const descriptions = vevents(text).map((v) => String(v.getFirstPropertyValue('description')));
    expect(descriptions.length).toBeGreaterThanOrEqual(6);
    expect(descriptions.every((d) => d.includes('Mark Rutte'))).toBe(true);
    expect(lintIcal(text)).toEqual([]);
    const missing = await personFeed(get('/feeds/person/nobody-at-all.ics'), file('nobody-at-all.ics'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/plain');
  });

  it('serves a country by ISO code, and 404s for a code that is not a country', async () => {
    const response = await countryFeed(get(`/feeds/country/us.ics?${PAST}`), file('us.ics'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('X-WR-CALNAME:Summitry – United States');
    expect((await countryFeed(get('/feeds/country/XX.ics'), file('XX.ics'))).status).toBe(404);
    expect((await countryFeed(get('/feeds/country/US.json'), file('US.json'))).status).toBe(404);
  });

  it('serves an organisation by slug, and 404s for an unknown one', async () => {
    const text = await (await orgFeed(get(`/feeds/org/nato.ics?${PAST}`), file('nato.ics'))).text();
    expect(vevents(text).length).toBeGreaterThan(0);
    expect((await orgFeed(get('/feeds/org/spectre.ics'), file('spectre.ics'))).status).toBe(404);
  });

  it('serves a timeline view with the same filter parameters, and refuses a bad one', async () => {
    const text = await (await viewFeed(get(`/feeds/view.ics?from=2026-04-01&to=2026-04-30&person=mark-rutte&${PAST}`))).text();
    expect(vevents(text)).toHaveLength(4);
    expect((await viewFeed(get('/feeds/view.ics?kind=party'))).status).toBe(400);
  });
});

describe('a subscriber sees edits and cancellations', () => {
  const title = 'Talks; trade, tariffs\nday two — 🇮🇹🤝🇫🇷 \\ end';
  let id: number;
  let firstEtag: string;

  beforeAll(async () => {
    const created = await createRoute(
      jsonRequest('POST', '/api/events', {
        kind: 'meeting',
        title,
        start: '2026-12-03T10:00',
        end: '2026-12-03T11:00',
        timezone: 'Europe/Rome',
        location: { city: 'Rome', country: 'IT' },
        participants: [{ name: 'Giorgia Meloni', country: 'IT' }, { name: 'Emmanuel Macron', country: 'FR' }],
      }),
    );
    id = ((await created.json()) as { event: { id: number } }).event.id;
    firstEtag = (await allFeed(get(`/feeds/all.ics?${PAST}`))).headers.get('etag')!;
  });

  it('keeps a title with ; , newlines, backslash and emoji exactly', async () => {
    const text = await (await allFeed(get(`/feeds/all.ics?${PAST}`))).text();
    expect(String(byUidPrefix(text, id)!.getFirstPropertyValue('description'))).toContain(title);
    expect(lintIcal(text)).toEqual([]);
    expect(checkWithLibical(text).errorCount).toBe(0);
  });

  it('an edit keeps the UID, raises SEQUENCE and changes the ETag', async () => {
    const patched = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { start: '2026-12-03T15:00', end: '2026-12-03T16:00', version: 1 }), { params: Promise.resolve({ id: String(id) }) });
    expect(patched.status).toBe(200);
    const response = await allFeed(get(`/feeds/all.ics?${PAST}`));
    const vevent = byUidPrefix(await response.text(), id)!;
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2026-12-03T15:00:00');
    expect(response.headers.get('etag')).not.toBe(firstEtag);
  });

  it('a deleted event stays in the feed as CANCELLED', async () => {
    const deleted = await deleteRoute(jsonRequest('DELETE', `/api/events/${id}`, { version: 2 }), { params: Promise.resolve({ id: String(id) }) });
    expect(deleted.status).toBe(200);
    const vevent = byUidPrefix(await (await allFeed(get(`/feeds/all.ics?${PAST}`))).text(), id)!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });
});
