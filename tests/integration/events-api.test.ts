import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listRoute, POST as createRoute } from '../../app/api/events/route';
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { GET as peopleRoute } from '../../app/api/people/route';
import { GET as placesRoute } from '../../app/api/places/route';
import { GET as countriesRoute } from '../../app/api/countries/route';
import { GET as organisationsRoute } from '../../app/api/organisations/route';
import { dumpDatabase, createTempDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';
import { RUTTE_DRAFTS } from '../fixtures/rutte-visit';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
async function json(response: Response): Promise<Json> {
  return (await response.json()) as Json;
}

async function saveRutteVisit(): Promise<Json[]> {
  const response = await createRoute(
    jsonRequest('POST', '/api/events', {
      events: RUTTE_DRAFTS,
      source: { url: 'https://example.org/rutte', publisher: 'Prima Notizia 24', language: 'it', published: '2026-04-03' },
    }),
  );
  expect(response.status).toBe(201);
  return (await json(response)).events;
}

describe('saving the seed visit through POST /api/events', () => {
  let saved: Json[];
  beforeAll(async () => {
    saved = await saveRutteVisit();
  });

  it('keeps the visit and its three meetings, linked as parent and children', () => {
    expect(saved).toHaveLength(4);
    const [visit, ...meetings] = saved;
    expect(visit).toMatchObject({ kind: 'visit', start: '2026-04-08', end: '2026-04-12', allDay: true, version: 1, parent: null });
    expect(meetings.map((m) => m.parentId)).toEqual([visit.id, visit.id, visit.id]);
    expect(meetings.map((m) => m.participants[1].name)).toEqual(['Donald Trump', 'Marco Rubio', 'Pete Hegseth']);
    expect(meetings.map((m) => m.participants[1].role)).toEqual(['President', 'Secretary of State', 'Secretary of War']);
  });

  it('records the article as a source with the evidence spans of each draft', () => {
    expect(saved[0].sources).toEqual([
      expect.objectContaining({ url: 'https://example.org/rutte', publisher: 'Prima Notizia 24', evidence: [{ start: 120, end: 245, quote: null }] }),
    ]);
    // one article, reused by all four events rather than saved four times
    expect(new Set(saved.map((e) => e.sources[0].id)).size).toBe(1);
  });

  it('answers the April window with the visit and its meetings, with roles', async () => {
    const response = await listRoute(jsonRequest('GET', '/api/events?from=2026-04-01&to=2026-04-30'));
    const { events } = await json(response);
    expect(events.map((e: Json) => e.title)).toEqual(expect.arrayContaining(['Mark Rutte visits Washington', 'Rutte meets Trump', 'Rutte meets Rubio', 'Rutte meets Hegseth']));
    expect(events.find((e: Json) => e.kind === 'visit').participants[0]).toMatchObject({ name: 'Mark Rutte', role: 'Secretary General', organization: 'NATO', slug: 'mark-rutte' });
  });

  it.each([
    ['country=US', 4],
    ['country=fr', 0],
    ['person=mark-rutte', 4],
    ['person=donald-trump', 1],
    ['person=nobody-known', 0],
    ['org=nato', 4],
    ['kind=visit', 1],
    ['kind=meeting,call', 3],
    ['status=cancelled', 0],
    ['q=Hegseth', 1],
    ['q=washington', 4],
    ['from=2026-04-09&to=2026-04-30', 1],
    ['from=2026-05-01', 0],
  ])('filters with %s', async (query, count) => {
    const { events } = await json(await listRoute(jsonRequest('GET', `/api/events?${query}`)));
    expect(events).toHaveLength(count);
  });

  it('refuses a filter it cannot read with a message per parameter', async () => {
    const response = await listRoute(jsonRequest('GET', '/api/events?from=8+April&country=USA&kind=party'));
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(Object.keys(body.fields).sort()).toEqual(['country.0', 'from', 'kind.0']);
  });

  it('offers saved people first, with their latest office, then office holders the extractor knows', async () => {
    const people = (await json(await peopleRoute(jsonRequest('GET', '/api/people?q=rub')))).people;
    expect(people[0]).toMatchObject({ name: 'Marco Rubio', slug: 'marco-rubio', role: 'Secretary of State', country: 'US' });
    expect(people.filter((p: Json) => p.name === 'Marco Rubio')).toHaveLength(1);
    const known = (await json(await peopleRoute(jsonRequest('GET', '/api/people?q=sikorski')))).people;
    expect(known[0]).toMatchObject({ name: 'Radosław Sikorski', slug: 'radosław-sikorski', country: 'PL' });
  });

  it('offers countries by code or by name in any of the five languages, under their English name', async () => {
    const search = async (q: string) => (await json(await countriesRoute(jsonRequest('GET', `/api/countries?q=${encodeURIComponent(q)}`)))).countries;
    expect(await search('Stati Uniti')).toEqual([{ code: 'US', name: 'United States' }]);
    expect(await search('Vereinigte Staaten')).toEqual([{ code: 'US', name: 'United States' }]);
    expect((await search('us'))[0]).toEqual({ code: 'US', name: 'United States' });
    expect(await search('Atlantis')).toEqual([]);
  });

  it('offers saved organisations under the slug the org filter takes', async () => {
    const organisations = (await json(await organisationsRoute(jsonRequest('GET', '/api/organisations?q=NATO')))).organisations;
    expect(organisations).toEqual([{ slug: 'nato', name: 'NATO' }]);
    expect((await json(await organisationsRoute(jsonRequest('GET', '/api/organisations?q=unknown-body')))).organisations).toEqual([]);
  });

  it('offers places with their zone, in any of the five languages', async () => {
    const places = (await json(await placesRoute(jsonRequest('GET', '/api/places?q=wash')))).places;
    expect(places[0]).toMatchObject({ city: 'Washington', country: 'US', timezone: 'America/New_York' });
    const beijing = (await json(await placesRoute(jsonRequest('GET', '/api/places?q=Pechino')))).places;
    expect(beijing[0]).toMatchObject({ city: 'Beijing', country: 'CN', timezone: 'Asia/Shanghai' });
  });
});

describe('timed events', () => {
  it('keeps the wall-clock time of the place and the UTC instant', async () => {
    const response = await createRoute(
      jsonRequest('POST', '/api/events', {
        kind: 'call',
        title: 'Call at 8:30 Washington time',
        start: '2026-03-12T08:30',
        end: '2026-03-12T09:15',
        timezone: 'America/New_York',
        participants: [{ name: 'Donald Trump' }, { name: 'Xi Jinping' }],
      }),
    );
    expect(response.status).toBe(201);
    const { event } = await json(response);
    // 12 March 2026 is after the US switch to daylight time (8 March): UTC-4
    expect(event).toMatchObject({ allDay: false, start: '2026-03-12T08:30:00-04:00', startUtc: '2026-03-12T12:30:00Z', endUtc: '2026-03-12T13:15:00Z' });
  });

  it('refuses a time that does not exist in the zone (spring-forward gap)', async () => {
    const response = await createRoute(
      jsonRequest('POST', '/api/events', { kind: 'meeting', title: 'x', start: '2026-03-29T02:30', timezone: 'Europe/Rome' }),
    );
    expect(response.status).toBe(400);
    expect((await json(response)).fields.start[0]).toMatch(/does not exist/);
  });
});

describe('editing with versions', () => {
  let id: number;
  beforeAll(async () => {
    const { event } = await json(
      await createRoute(jsonRequest('POST', '/api/events', { kind: 'visit', title: 'Merz visits Beijing', start: '2026-02-24', end: '2026-02-26', location: { city: 'Beijing', country: 'CN' }, timezone: 'Asia/Shanghai', participants: [{ name: 'Friedrich Merz', role: 'Chancellor', country: 'DE' }] })),
    );
    id = event.id;
  });

  it('bumps the version and appends a revision with what changed', async () => {
    const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { end: '2026-02-27', reason: 'extended by a day' }, { 'if-match': '"1"' }), routeContext(id));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    const { event } = await json(response);
    expect(event).toMatchObject({ version: 2, end: '2026-02-27', title: 'Merz visits Beijing' });
    const { revisions } = await json(await revisionsRoute(jsonRequest('GET', `/api/events/${id}/revisions`), routeContext(id)));
    expect(revisions.map((r: Json) => [r.version, r.action])).toEqual([[1, 'create'], [2, 'update']]);
    expect(revisions[1].changes).toEqual({ end: ['2026-02-26', '2026-02-27'] });
    expect(revisions[1].reason).toBe('extended by a day');
  });

  it('answers a stale version with 409 and the current record, changing nothing', async () => {
    const before = dumpDatabase(database.db());
    const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { title: 'Overwrite', version: 1 }), routeContext(id));
    expect(response.status).toBe(409);
    expect((await json(response)).current).toMatchObject({ id, version: 2, title: 'Merz visits Beijing' });
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('does not count an edit that changes nothing', async () => {
    const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { title: 'Merz visits Beijing', version: 2 }), routeContext(id));
    expect((await json(response)).event.version).toBe(2);
  });

  it('deletes by cancelling: the event stays, marked, and leaves the timeline', async () => {
    const stale = await deleteRoute(jsonRequest('DELETE', `/api/events/${id}`, { version: 1 }), routeContext(id));
    expect(stale.status).toBe(409);
    const response = await deleteRoute(jsonRequest('DELETE', `/api/events/${id}`, undefined, { 'if-match': '2' }), routeContext(id));
    expect(response.status).toBe(200);
    const { event } = await json(response);
    expect(event).toMatchObject({ status: 'cancelled', version: 3 });
    expect(event.deletedAt).toMatch(/Z$/);
    const { events } = await json(await listRoute(jsonRequest('GET', '/api/events?q=Beijing')));
    expect(events).toHaveLength(0);
    expect((await getRoute(jsonRequest('GET', `/api/events/${id}`), routeContext(id))).status).toBe(200);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await getRoute(jsonRequest('GET', '/api/events/999999'), routeContext(999999))).status).toBe(404);
    expect((await getRoute(jsonRequest('GET', '/api/events/abc'), routeContext('abc'))).status).toBe(404);
    expect((await patchRoute(jsonRequest('PATCH', '/api/events/999999', { title: 'x', version: 1 }), routeContext(999999))).status).toBe(404);
  });
});

describe('bad input never changes saved data', () => {
  const valid = { kind: 'meeting', title: 'Valid meeting', start: '2026-05-01', participants: [{ name: 'Ann Example' }] };
  const cases: Array<[string, unknown, string]> = [
    ['wrong types', { kind: 7, title: ['x'], start: true, participants: 'everyone' }, 'title'],
    ['end before start', { ...valid, start: '2026-05-03', end: '2026-05-01' }, 'end'],
    ['unknown zone', { ...valid, timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    ['a 1 MB title', { ...valid, title: 'x'.repeat(1024 * 1024) }, 'title'],
    ['an impossible date', { ...valid, start: '2026-02-30' }, 'start'],
    ['an unknown kind', { ...valid, kind: 'party' }, 'kind'],
    ['an unknown country', { ...valid, location: { city: 'Atlantis', country: 'XX' } }, 'location.country'],
    ['a timed event without zone', { ...valid, start: '2026-05-01T10:00' }, 'timezone'],
    ['a parent that does not exist', { ...valid, parentId: 987654 }, 'parentId'],
    ['no start', { kind: 'meeting', title: 'x' }, 'start'],
    ['the same person twice', { ...valid, participants: [{ name: 'A B' }, { name: 'a b' }] }, 'participants.1.name'],
    ['a source URL that is not http', { ...valid, sources: [{ url: 'javascript:alert(1)' }] }, 'sources.0.url'],
  ];

  it.each(cases)('POST with %s answers 400 naming the field', async (_label, body, field) => {
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', body));
    expect(response.status).toBe(400);
    const answer = await json(response);
    expect(answer.fields[field]?.[0]).toEqual(expect.any(String));
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"kind": "meeting",', 400],
    ['an empty body', '', 400],
    ['a JSON array', '[1,2]', 400],
    ['a JSON string', '"hello"', 400],
  ])('POST with %s answers %s with a message', async (_label, raw, status) => {
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', raw));
    expect(response.status).toBe(status);
    expect((await json(response)).error).toEqual(expect.any(String));
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('refuses a body over the size cap with 413', async () => {
    const response = await createRoute(jsonRequest('POST', '/api/events', { ...valid, notes: 'x'.repeat(3 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('refuses a batch whose second draft is bad, saving none of it', async () => {
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', { events: [valid, { ...valid, end: '2020-01-01' }] }));
    expect(response.status).toBe(400);
    expect((await json(response)).fields['events.1.end']).toBeDefined();
    expect(dumpDatabase(database.db())).toBe(before);
  });

  describe('PATCH and DELETE', () => {
    let id: number;
    beforeAll(async () => {
      id = (await json(await createRoute(jsonRequest('POST', '/api/events', valid)))).event.id;
    });

    it.each([
      ['no version', { title: 'New' }, {}, 'version'],
      ['a version that is not a number', { title: 'New', version: 'one' }, {}, 'version'],
      ['a malformed If-Match', { title: 'New' }, { 'if-match': 'banana' }, 'version'],
      ['end before start', { end: '2026-04-01', version: 1 }, {}, 'end'],
      ['a 1 MB title', { title: 'y'.repeat(1024 * 1024), version: 1 }, {}, 'title'],
      ['an unknown zone', { start: '2026-05-01T10:00', timezone: 'Nowhere/City', version: 1 }, {}, 'timezone'],
      ['a negative parent id', { parentId: -1, version: 1 }, {}, 'parentId'],
    ])('PATCH with %s answers 400 naming the field', async (_label, body, headers, field) => {
      const before = dumpDatabase(database.db());
      const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, body, headers as Record<string, string>), routeContext(id));
      expect(response.status).toBe(400);
      expect((await json(response)).fields[field]).toBeDefined();
      expect(dumpDatabase(database.db())).toBe(before);
    });

    it('PATCH making the event its own parent answers 400', async () => {
      const before = dumpDatabase(database.db());
      const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { parentId: id, version: 1 }), routeContext(id));
      expect(response.status).toBe(400);
      expect((await json(response)).fields.parentId[0]).toMatch(/own parent/);
      expect(dumpDatabase(database.db())).toBe(before);
    });

    it('PATCH with malformed JSON answers 400', async () => {
      const before = dumpDatabase(database.db());
      const response = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, '{oops'), routeContext(id));
      expect(response.status).toBe(400);
      expect(dumpDatabase(database.db())).toBe(before);
    });

    it('DELETE without a version answers 400 and keeps the event', async () => {
      const before = dumpDatabase(database.db());
      const response = await deleteRoute(jsonRequest('DELETE', `/api/events/${id}`), routeContext(id));
      expect(response.status).toBe(400);
      expect(dumpDatabase(database.db())).toBe(before);
    });
  });
});

describe('free-text search (SQLite FTS5)', () => {
  beforeAll(async () => {
    const response = await createRoute(
      jsonRequest('POST', '/api/events', {
        kind: 'visit',
        title: 'Erdoğan visits Berlin',
        start: '2026-09-01',
        location: { city: 'Berlin', country: 'DE' },
        participants: [{ name: 'Recep Tayyip Erdoğan', role: 'President', country: 'TR' }],
      }),
    );
    expect(response.status).toBe(201);
  });

  it.each([
    ['erdogan', 1],
    ['ERDOĞAN berl', 1],
    ['Tayyip', 1],
    ['Germany', 1],
    ['president berlin', 1],
    ['erdogan paris', 0],
    ['"unbalanced quote* OR (', 0],
    ['***', 0],
  ])('finds by title, people, roles and places, accents and case aside: %s', async (q, count) => {
    const { events } = await json(await listRoute(jsonRequest('GET', `/api/events?from=2026-08-01&to=2026-09-30&q=${encodeURIComponent(q)}`)));
    expect(events).toHaveLength(count);
  });

  it('follows edits', async () => {
    const { events } = await json(await listRoute(jsonRequest('GET', '/api/events?q=erdogan')));
    const patched = await patchRoute(jsonRequest('PATCH', `/api/events/${events[0].id}`, { title: 'State visit to Germany', location: { city: 'Munich', country: 'DE' }, version: 1 }), routeContext(events[0].id));
    expect(patched.status).toBe(200);
    expect((await json(await listRoute(jsonRequest('GET', '/api/events?q=munich')))).events).toHaveLength(1);
    expect((await json(await listRoute(jsonRequest('GET', '/api/events?q=berlin&from=2026-08-01')))).events).toHaveLength(0);
  });
});

describe('an event names what it is part of and its parts, by title', () => {
  it('a visit lists its meetings; a meeting names its visit; history names the visit, not its number', async () => {
    const [visit, meeting] = await saveRutteVisit();
    const visitPage = await json(await getRoute(jsonRequest('GET', `/api/events/${visit.id}`), routeContext(visit.id)));
    expect(visitPage.parent).toBeNull();
    expect(visitPage.children.map((c: Json) => c.title)).toEqual(['Rutte meets Trump', 'Rutte meets Rubio', 'Rutte meets Hegseth']);
    expect(visitPage.children[0]).toMatchObject({ id: meeting.id, kind: 'meeting', status: 'scheduled' });

    const meetingPage = await json(await getRoute(jsonRequest('GET', `/api/events/${meeting.id}`), routeContext(meeting.id)));
    expect(meetingPage.parent).toEqual({ id: visit.id, title: 'Mark Rutte visits Washington' });
    expect(meetingPage.children).toEqual([]);

    const detached = await patchRoute(jsonRequest('PATCH', `/api/events/${meeting.id}`, { parentId: null, version: meeting.version }), routeContext(meeting.id));
    expect(detached.status).toBe(200);
    const history = await json(await revisionsRoute(jsonRequest('GET', `/api/events/${meeting.id}/revisions`), routeContext(meeting.id)));
    expect(history.titles).toEqual({ [visit.id]: 'Mark Rutte visits Washington' });
    const after = await json(await getRoute(jsonRequest('GET', `/api/events/${visit.id}`), routeContext(visit.id)));
    expect(after.children.map((c: Json) => c.title)).toEqual(['Rutte meets Rubio', 'Rutte meets Hegseth']);
  });
});
