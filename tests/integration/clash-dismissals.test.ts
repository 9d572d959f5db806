import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as clashesRoute } from '../../app/api/clashes/route';
import { POST as checkRoute } from '../../app/api/clashes/check/route';
import { DELETE as undoRoute, POST as dismissRoute } from '../../app/api/clashes/dismissals/route';
import { GET as marksRoute } from '../../app/api/clashes/marks/route';
import { GET as eventClashesRoute } from '../../app/api/events/[id]/clashes/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { POST as createRoute } from '../../app/api/events/route';
import { GET as allFeed } from '../../app/feeds/all.ics/route';
import { createApiToken } from '../../db/queries/api-tokens';
import { createTempDatabase, dumpDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';

// Issue 15: "not a clash" is stored apart from the events and changes neither of them.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const ALBARES = { name: 'José Manuel Albares', role: 'Minister of Foreign Affairs', country: 'ES' };

async function create(title: string, city: string, country: string, start: string, extra: Json = {}): Promise<Json> {
  const response = await createRoute(jsonRequest('POST', '/api/events', { kind: 'meeting', title, start, location: { city, country }, participants: [ALBARES], ...extra }));
  expect(response.status).toBe(201);
  return ((await response.json()) as Json).event;
}

const read = async (response: Response | Promise<Response>) => {
  const answered = await response;
  return { status: answered.status, body: (answered.status === 204 ? {} : await answered.json()) as Json };
};
const dismiss = (body: unknown, headers: Record<string, string> = {}) => read(dismissRoute(jsonRequest('POST', '/api/clashes/dismissals', body, headers)));
const undo = (query: string, headers: Record<string, string> = {}) => read(undoRoute(jsonRequest('DELETE', `/api/clashes/dismissals?${query}`, undefined, headers)));
const openClashes = async (query: string) => (await read(clashesRoute(jsonRequest('GET', `/api/clashes?${query}`)))).body.clashes as Json[];
const marks = async (query: string) => (await read(marksRoute(jsonRequest('GET', `/api/clashes/marks?${query}`)))).body.marks as Record<string, Json[]>;
const eventClashes = async (id: number) => (await read(eventClashesRoute(jsonRequest('GET', `/api/events/${id}/clashes`), routeContext(id)))).body;
const revisionCount = async (id: number) => (await read(revisionsRoute(jsonRequest('GET', `/api/events/${id}/revisions`), routeContext(id)))).body.revisions.length as number;
const JUNE = 'from=2027-06-01&to=2027-06-30';

/** Each event's whole VEVENT in the all-events feed: SEQUENCE, DTSTAMP, LAST-MODIFIED and the rest. */
async function feedEntries(ids: number[]): Promise<string[]> {
  const text = await (await allFeed(new Request('http://summitry.test/feeds/all.ics?past=3650'))).text();
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  return ids.map((id) => vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@summitry.test`)!.toString());
}

describe('marking a clash as not a clash (issue 15)', () => {
  let madrid: Json;
  let lisbon: Json;

  it('records who, when and why, and answers 201', async () => {
    madrid = await create('Albares meets Rangel', 'Madrid', 'ES', '2027-06-09');
    lisbon = await create('Albares in Lisbon', 'Lisbon', 'PT', '2027-06-09');
    expect(await openClashes(JUNE)).toHaveLength(1);
    const before = { revisions: [await revisionCount(madrid.id), await revisionCount(lisbon.id)], feed: await feedEntries([madrid.id, lisbon.id]) };

    const answer = await dismiss({ a: lisbon.id, b: madrid.id, reason: 'The Lisbon report is of last year' });
    expect(answer.status).toBe(201);
    expect(answer.body.dismissal).toMatchObject({ events: [madrid.id, lisbon.id], actor: 'anonymous', reason: 'The Lisbon report is of last year' });
    expect(answer.body.dismissal.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // Neither event changed: same version and updated time, no revision, the same VEVENT (SEQUENCE included).
    for (const saved of [madrid, lisbon]) {
      const row = database.db().$client.prepare('select version, updated_at as updatedAt from events where id = ?').get(saved.id);
      expect(row).toEqual({ version: saved.version, updatedAt: saved.updatedAt });
    }
    expect([await revisionCount(madrid.id), await revisionCount(lisbon.id)]).toEqual(before.revisions);
    expect(await feedEntries([madrid.id, lisbon.id])).toEqual(before.feed);
  });

  it('leaves the open lists: /api/clashes, the timeline marks, the event’s clashes and the form’s warning', async () => {
    expect(await openClashes(JUNE)).toEqual([]);
    expect(await marks(JUNE)).toEqual({});
    const typed = { kind: 'meeting', title: 'Albares meets Rangel', start: '2027-06-09', location: { city: 'Madrid', country: 'ES' }, participants: [{ name: ALBARES.name }] };
    const check = await read(checkRoute(jsonRequest('POST', '/api/clashes/check', { event: typed, id: madrid.id })));
    expect(check.body.clashes).toEqual([]);
    // A new event in the same place and days is no dismissed pair: it is still warned about.
    const fresh = await read(checkRoute(jsonRequest('POST', '/api/clashes/check', { event: typed })));
    expect(fresh.body.clashes.map((c: Json) => c.event.id)).toEqual([lisbon.id]);
  });

  it('is shown on both events with the other event named', async () => {
    for (const [saved, other] of [[madrid, lisbon], [lisbon, madrid]]) {
      const body = await eventClashes(saved.id);
      expect(body.clashes).toEqual([]);
      expect(body.dismissals).toEqual([
        expect.objectContaining({ actor: 'anonymous', reason: 'The Lisbon report is of last year', event: expect.objectContaining({ id: other.id, title: other.title, city: other.location.city }) }),
      ]);
    }
  });

  it('is idempotent: asking again, in either order, answers the first dismissal and stores one', async () => {
    const first = (await eventClashes(madrid.id)).dismissals[0];
    for (const body of [{ a: madrid.id, b: lisbon.id }, { a: lisbon.id, b: madrid.id, reason: 'another reason' }]) {
      const again = await dismiss(body);
      expect(again.status).toBe(200);
      expect(again.body.dismissal).toMatchObject({ reason: first.reason, createdAt: first.createdAt });
    }
    expect(database.db().$client.prepare('select count(*) as n from clash_dismissals').get()).toEqual({ n: 1 });
  });

  it('is undone by DELETE ?a=&b=, in either order: the clash is open again', async () => {
    expect((await undo(`a=${lisbon.id}&b=${madrid.id}`)).status).toBe(204);
    expect(await openClashes(JUNE)).toHaveLength(1);
    expect(Object.keys(await marks(JUNE)).map(Number).sort()).toEqual([madrid.id, lisbon.id].sort());
    expect((await eventClashes(madrid.id)).dismissals).toEqual([]);
    const again = await undo(`a=${madrid.id}&b=${lisbon.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error).toMatch(/not marked as not a clash/);
  });

  it('refuses bad input with the fields named, unknown events with 404 and events that do not clash with 409, changing nothing', async () => {
    const seville = await create('Albares in Seville', 'Seville', 'ES', '2027-06-20');
    const before = dumpDatabase(database.db());
    const fields = async (body: unknown) => {
      const answer = await dismiss(body);
      expect(answer.status).toBe(400);
      return Object.keys(answer.body.fields).sort();
    };
    expect(await fields({ a: 'one', b: madrid.id })).toEqual(['a']);
    expect(await fields({ a: madrid.id })).toEqual(['b']);
    expect(await fields({ a: madrid.id, b: madrid.id })).toEqual(['b']);
    expect(await fields({ a: madrid.id, b: 1.5, reason: 7 })).toEqual(['b', 'reason']);
    expect(await fields({ a: madrid.id, b: lisbon.id, reason: 'x'.repeat(501) })).toEqual(['reason']);
    expect((await dismiss('[1,2]')).status).toBe(400);
    const missing = await dismiss({ a: madrid.id, b: 999_999 });
    expect([missing.status, missing.body.error]).toEqual([404, 'Event 999999 not found']);
    const apart = await dismiss({ a: madrid.id, b: seville.id });
    expect(apart.status).toBe(409);
    expect(apart.body.error).toMatch(/do not clash/);
    for (const query of ['a=1', `a=${madrid.id}&b=${madrid.id}`, 'a=x&b=2', 'a=0&b=2']) expect((await undo(query)).status).toBe(400);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('made for a visit, covers its meetings: no mark, no clash on the meeting’s page, no warning for a new meeting of it', async () => {
    const visit = await create('Albares visits Rabat', 'Rabat', 'MA', '2027-06-14', { kind: 'visit', end: '2027-06-16' });
    const meeting = await create('Albares meets Bourita', 'Rabat', 'MA', '2027-06-15', { parentId: visit.id });
    const paris = await create('Albares in Paris', 'Paris', 'FR', '2027-06-15');
    expect((await eventClashes(meeting.id)).clashes.map((c: Json) => c.event.id)).toEqual([paris.id]);
    expect((await dismiss({ a: visit.id, b: paris.id })).status).toBe(201);
    expect(await openClashes(JUNE)).toHaveLength(1); // Madrid and Lisbon, undone above
    expect((await eventClashes(meeting.id)).clashes).toEqual([]);
    expect(Object.keys(await marks(JUNE)).map(Number)).not.toContain(meeting.id);
    const typed = { kind: 'meeting', title: 'Albares meets Akhannouch', start: '2027-06-15', parentId: visit.id, location: { city: 'Rabat', country: 'MA' }, participants: [{ name: ALBARES.name }] };
    expect((await read(checkRoute(jsonRequest('POST', '/api/clashes/check', { event: typed })))).body.clashes).toEqual([]);
  });
});

describe('who may mark a clash (issue 15)', () => {
  it('refuses readers (403) and records an editor token as the author', async () => {
    // Made while the install is still open: the first token secures it.
    const rome = await create('Albares in Rome', 'Rome', 'IT', '2027-07-01');
    const berlin = await create('Albares in Berlin', 'Berlin', 'DE', '2027-07-01');
    const db = database.db();
    const editor = { authorization: `Bearer ${createApiToken(db, { name: 'desk', role: 'editor', createdBy: 'cli' }).token}` };
    const viewer = { authorization: `Bearer ${createApiToken(db, { name: 'reader', role: 'viewer', createdBy: 'cli' }).token}` };
    expect((await dismiss({ a: rome.id, b: berlin.id }, viewer)).status).toBe(403);
    expect((await dismiss({ a: rome.id, b: berlin.id })).status).toBe(401);
    const made = await dismiss({ a: rome.id, b: berlin.id }, editor);
    expect([made.status, made.body.dismissal.actor]).toEqual([201, 'token:desk']);
    expect((await undo(`a=${rome.id}&b=${berlin.id}`, viewer)).status).toBe(403);
    expect((await undo(`a=${rome.id}&b=${berlin.id}`, editor)).status).toBe(204);
  });
});
