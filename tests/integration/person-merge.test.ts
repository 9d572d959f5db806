import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as mergeRoute } from '../../app/api/people/[slug]/merge/route';
import { GET as personRoute } from '../../app/api/people/[slug]/route';
import { GET as changesRoute } from '../../app/api/changes/route';
import { GET as clashesRoute } from '../../app/api/clashes/route';
import { GET as eventsRoute, POST as createRoute } from '../../app/api/events/route';
import { GET as eventRoute } from '../../app/api/events/[id]/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { GET as personFeed } from '../../app/feeds/person/[file]/route';
import { createApiToken } from '../../db/queries/api-tokens';
import { createTempDatabase, dumpDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';

// Issue 15: the same person saved twice is merged into one, from the person page's API.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const PENA_FULL = { name: 'Santiago Peña', role: 'President', country: 'PY' };
const PENA_SHORT = { name: 'Peña', role: null, country: 'PY' };
const LULA = { name: 'Luiz Inácio Lula da Silva', role: 'President', country: 'BR' };
const START = new Date().toISOString();

const read = async (response: Response | Promise<Response>) => {
  const answered = await response;
  const text = await answered.text();
  return { status: answered.status, headers: answered.headers, body: (text && answered.headers.get('content-type')?.includes('json') ? JSON.parse(text) : { text }) as Json };
};
async function create(body: Json): Promise<Json> {
  const response = await read(createRoute(jsonRequest('POST', '/api/events', body)));
  expect(response.status).toBe(201);
  return response.body.event;
}
const merge = (slug: string, body: unknown, headers: Record<string, string> = {}) =>
  read(mergeRoute(jsonRequest('POST', `/api/people/${slug}/merge`, body, headers), { params: Promise.resolve({ slug }) }));
const person = (slug: string) => read(personRoute(jsonRequest('GET', `/api/people/${slug}`), { params: Promise.resolve({ slug }) }));
const event = async (id: number) => (await read(eventRoute(jsonRequest('GET', `/api/events/${id}`), routeContext(id)))).body.event as Json;
const feed = (file: string, query = '') => personFeed(new Request(`http://summitry.test/feeds/person/${file}${query}`), { params: Promise.resolve({ file }) });

describe('merging one person into another (issue 15)', () => {
  const saved: Record<string, Json> = {};

  it('moves participations, drops a duplicate one, and bumps each changed event with a revision', async () => {
    saved.asuncion = await create({ kind: 'meeting', title: 'Peña meets Lula', start: '2027-03-02', location: { city: 'Asunción', country: 'PY' }, participants: [PENA_SHORT, LULA], notes: 'Itaipú' });
    saved.madrid = await create({ kind: 'visit', title: 'Santiago Peña in Madrid', start: '2027-03-20', end: '2027-03-21', location: { city: 'Madrid', country: 'ES' }, participants: [PENA_FULL] });
    // Saved twice in one event: the full name without a role, the surname with one.
    saved.both = await create({ kind: 'summit', title: 'Mercosur summit', start: '2027-03-05', location: { city: 'Montevideo', country: 'UY' }, participants: [{ ...PENA_FULL, role: null }, { ...PENA_SHORT, role: 'President of Paraguay' }, LULA] });
    // Asunción on the 20th while in Madrid: no clash while they are two people.
    saved.home = await create({ kind: 'meeting', title: 'Peña receives the cabinet', start: '2027-03-20T10:00', timezone: 'America/Asuncion', location: { city: 'Asunción', country: 'PY' }, participants: [PENA_SHORT] });
    expect((await read(clashesRoute(jsonRequest('GET', '/api/clashes?from=2027-03-01&to=2027-03-31')))).body.clashes).toEqual([]);
    const before = await Promise.all(Object.values(saved).map((e) => event(e.id)));

    const answer = await merge('pena', { into: 'santiago-pena' });
    expect(answer.status).toBe(200);
    expect(answer.body.person).toEqual({ slug: 'santiago-pena', name: 'Santiago Peña', aliases: ['Peña'] });
    expect(answer.body.location).toBe('/people/santiago-pena');
    expect(answer.body.merge).toMatchObject({ from: { slug: 'pena', name: 'Peña' }, into: { slug: 'santiago-pena', name: 'Santiago Peña' }, droppedParticipations: 1, actor: 'anonymous' });
    expect([...answer.body.merge.events].sort()).toEqual([saved.asuncion.id, saved.both.id, saved.home.id].sort());

    for (const old of before) {
      const now = await event(old.id);
      const moved = old.id !== saved.madrid.id;
      expect(now.version).toBe(old.version + (moved ? 1 : 0));
      // Nothing but the participants (and the version and time that say so) changes.
      const rest = (e: Json) => ({ ...e, participants: undefined, version: undefined, updatedAt: undefined });
      expect(rest(now)).toEqual(rest(old));
      if (!moved) continue;
      const revisions = (await read(revisionsRoute(jsonRequest('GET', `/api/events/${old.id}/revisions`), routeContext(old.id)))).body.revisions as Json[];
      const last = revisions.at(-1)!;
      expect(last).toMatchObject({ version: old.version + 1, action: 'update', reason: 'Peña merged into Santiago Peña (the same person)' });
      expect(Object.keys(last.changes)).toEqual(['participants']);
    }
    expect((await event(saved.asuncion.id)).participants.map((p: Json) => p.slug)).toEqual(['santiago-pena', 'luiz-inacio-lula-da-silva']);
    // One participation kept for the summit: the target's, with the role only the dropped one had.
    expect((await event(saved.both.id)).participants.map((p: Json) => [p.slug, p.role])).toEqual([
      ['santiago-pena', 'President of Paraguay'],
      ['luiz-inacio-lula-da-silva', 'President'],
    ]);
  });

  it('gives the target the merged person\'s events, offices and spellings, and their clashes appear', async () => {
    const page = await person('santiago-pena');
    expect(page.status).toBe(200);
    expect(page.body.person.aliases).toEqual(['Peña']);
    expect(page.body.person.offices.map((o: Json) => o.title).sort()).toEqual(['President', 'President of Paraguay']);
    expect([...page.body.upcoming, ...page.body.past].map((e: Json) => e.title).sort()).toEqual(['Mercosur summit', 'Peña meets Lula', 'Peña receives the cabinet', 'Santiago Peña in Madrid']);
    const clashes = (await read(clashesRoute(jsonRequest('GET', '/api/clashes?from=2027-03-01&to=2027-03-31')))).body.clashes as Json[];
    expect(clashes.map((c) => [c.person.slug, c.events.map((e: Json) => e.title).sort()])).toEqual([['santiago-pena', ['Peña receives the cabinet', 'Santiago Peña in Madrid']]]);
  });

  it('leads the old slug to the target: the API with a 308, filters, and the feed with a 301 keeping its query', async () => {
    const old = await person('pena');
    expect(old.status).toBe(308);
    expect(old.headers.get('location')).toBe('/api/people/santiago-pena');
    expect(old.body.mergedInto).toEqual({ slug: 'santiago-pena', name: 'Santiago Peña' });
    const listed = (await read(eventsRoute(jsonRequest('GET', '/api/events?person=pena&from=2027-03-01&to=2027-03-31')))).body.events as Json[];
    expect(listed).toHaveLength(4);

    const redirect = await feed('pena.ics', '?past=30');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('http://summitry.test/feeds/person/santiago-pena.ics?past=30');
    const calendar = await feed('santiago-pena.ics');
    expect(calendar.status).toBe(200);
    const vevents = new ICAL.Component(ICAL.parse(await calendar.text())).getAllSubcomponents('vevent');
    const sequence = (id: number) => vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@summitry.test`)!.getFirstPropertyValue('sequence');
    // SEQUENCE is the version: one up for the events whose participants changed, as subscribers must see.
    expect(sequence(saved.asuncion.id)).toBe(2);
    expect(sequence(saved.madrid.id)).toBe(1);
    expect((await feed('nobody.ics')).status).toBe(404);
  });

  it('saves a new report of the old spelling with the target', async () => {
    const later = await create({ kind: 'call', title: 'Peña calls Milei', start: '2027-04-02', participants: [PENA_SHORT] });
    expect(later.participants.map((p: Json) => p.slug)).toEqual(['santiago-pena']);
  });

  it('lists the merge on /changes, and the events it changed with it', async () => {
    const since = encodeURIComponent(START);
    const all = (await read(changesRoute(jsonRequest('GET', `/api/changes?since=${since}`)))).body;
    expect(all.merges).toHaveLength(1);
    expect(all.merges[0]).toMatchObject({ from: { slug: 'pena', name: 'Peña' }, into: { slug: 'santiago-pena', name: 'Santiago Peña' } });
    const summit = all.changes.find((c: Json) => c.event.id === saved.both.id);
    expect(summit.revisions[0].reason).toBe('Peña merged into Santiago Peña (the same person)');
    // A filtered view lists the merge only when it changed an event of the view.
    expect((await read(changesRoute(jsonRequest('GET', `/api/changes?since=${since}&country=UY`)))).body.merges).toHaveLength(1);
    expect((await read(changesRoute(jsonRequest('GET', `/api/changes?since=${since}&country=ES`)))).body.merges).toHaveLength(0);
  });

  it('follows later merges: an old slug leads to whoever its person became', async () => {
    await create({ kind: 'meeting', title: 'Santiago Pena Palacios in Rome', start: '2027-05-02', location: { city: 'Rome', country: 'IT' }, participants: [{ name: 'Santiago Peña Palacios', role: 'President', country: 'PY' }] });
    expect((await merge('santiago-pena', { into: 'Santiago Peña Palacios' })).status).toBe(200);
    for (const slug of ['pena', 'santiago-pena']) {
      const old = await person(slug);
      expect([old.status, old.headers.get('location')]).toEqual([308, '/api/people/santiago-pena-palacios']);
    }
    expect((await person('santiago-pena-palacios')).body.person.aliases).toEqual(['Santiago Peña', 'Peña']);
    // Merging into an old slug reaches the person it became.
    await create({ kind: 'call', title: 'S. Peña calls Lula', start: '2027-05-09', participants: [{ name: 'S. Peña' }, LULA] });
    const third = await merge('s-pena', { into: 'pena' });
    expect([third.status, third.body.person.slug]).toEqual([200, 'santiago-pena-palacios']);
  });

  it('refuses a missing, unknown or identical target (400), an unknown person (404) and a repeat (409), changing nothing', async () => {
    const before = dumpDatabase(database.db());
    for (const body of [{}, { into: '' }, { into: 42 }, { into: 'x'.repeat(201) }]) {
      const answer = await merge('santiago-pena-palacios', body);
      expect(answer.status).toBe(400);
      expect(answer.body.fields.into[0]).toMatch(/\S/);
    }
    const unknown = await merge('santiago-pena-palacios', { into: 'nobody-at-all' });
    expect([unknown.status, unknown.body.fields.into]).toEqual([400, ['Nobody saved is called “nobody-at-all”: pick a saved person from the list as you type']]);
    const self = await merge('santiago-pena-palacios', { into: 'Santiago Peña' });
    expect([self.status, self.body.fields.into]).toEqual([400, ['Choose someone else: Santiago Peña Palacios cannot be merged into themselves']]);
    expect((await merge('nobody-at-all', { into: 'santiago-pena-palacios' })).status).toBe(404);
    const repeat = await merge('pena', { into: 'santiago-pena' });
    expect([repeat.status, repeat.body.person.slug]).toEqual([409, 'santiago-pena-palacios']);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('is for editors: a reader is refused, and nothing changes', async () => {
    const viewer = createApiToken(database.db(), { name: 'merge reader', role: 'viewer', createdBy: 'test' }).token;
    const editor = createApiToken(database.db(), { name: 'merge editor', role: 'editor', createdBy: 'test' }).token;
    const before = dumpDatabase(database.db());
    expect((await merge('luiz-inacio-lula-da-silva', { into: 'santiago-pena-palacios' })).status).toBe(401);
    expect((await merge('luiz-inacio-lula-da-silva', { into: 'santiago-pena-palacios' }, { authorization: `Bearer ${viewer}` })).status).toBe(403);
    expect(dumpDatabase(database.db())).toBe(before);
    const made = await merge('s-pena', { into: 'santiago-pena-palacios' }, { authorization: `Bearer ${editor}` });
    expect(made.status).toBe(409);
  });
});
