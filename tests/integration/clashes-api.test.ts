import { afterAll, describe, expect, it } from 'vitest';
import { GET as clashesRoute } from '../../app/api/clashes/route';
import { POST as checkRoute } from '../../app/api/clashes/check/route';
import { GET as eventClashesRoute } from '../../app/api/events/[id]/clashes/route';
import { POST as createRoute } from '../../app/api/events/route';
import { PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const TAJANI = { name: 'Antonio Tajani', role: 'Minister of Foreign Affairs', country: 'IT' };

async function create(title: string, city: string, country: string, start: string, extra: Json = {}): Promise<Json> {
  const response = await createRoute(jsonRequest('POST', '/api/events', { kind: 'meeting', title, start, location: { city, country }, participants: [TAJANI], ...extra }));
  expect(response.status).toBe(201);
  return ((await response.json()) as Json).event;
}

async function clashes(query: string): Promise<Json[]> {
  const response = await clashesRoute(jsonRequest('GET', `/api/clashes?${query}`));
  expect(response.status).toBe(200);
  return ((await response.json()) as Json).clashes;
}

describe('GET /api/clashes (issue 15)', () => {
  let rome: Json;
  let paris: Json;

  it('finds one person placed in Rome and Paris on the same day', async () => {
    rome = await create('Tajani meets Meloni', 'Rome', 'IT', '2027-03-02');
    paris = await create('Tajani meets Barrot', 'Paris', 'FR', '2027-03-02');
    await create('Tajani meets Albares', 'Madrid', 'ES', '2027-03-04');
    const found = await clashes('from=2027-03-01&to=2027-03-31');
    expect(found.map((c) => [c.person.slug, c.events.map((e: Json) => e.id)])).toEqual([['antonio-tajani', [rome.id, paris.id]]]);
  });

  it('follows the person outside the filter: a clash with an event in another country still shows for one country', async () => {
    const found = await clashes('from=2027-03-01&to=2027-03-31&country=FR');
    expect(found).toHaveLength(1);
    expect(found[0].events.map((e: Json) => e.location.country).sort()).toEqual(['FR', 'IT']);
  });

  it('tells a saved event whom it places twice and where else (GET /api/events/{id}/clashes)', async () => {
    const response = await eventClashesRoute(jsonRequest('GET', `/api/events/${rome.id}/clashes`), routeContext(rome.id));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.clashes.map((c: Json) => [c.person.slug, c.event.id, c.event.city])).toEqual([['antonio-tajani', paris.id, 'Paris']]);
    expect((await eventClashesRoute(jsonRequest('GET', '/api/events/999999/clashes'), routeContext(999999))).status).toBe(404);
  });

  it('forgets the clash once one side is cancelled', async () => {
    const patched = await patchRoute(jsonRequest('PATCH', `/api/events/${paris.id}`, { status: 'cancelled', version: paris.version }), routeContext(paris.id));
    expect(patched.status).toBe(200);
    expect(await clashes('from=2027-03-01&to=2027-03-31')).toEqual([]);
  });

  it('refuses a bad filter with the field named', async () => {
    const response = await clashesRoute(jsonRequest('GET', '/api/clashes?from=March'));
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as Json).fields)).toEqual(['from']);
  });

  it('warns about an event as typed in the form before it is saved, and not about the event being edited', async () => {
    const check = async (body: Json) => ((await (await checkRoute(jsonRequest('POST', '/api/clashes/check', body))).json()) as Json).clashes as Json[];
    const typed = { kind: 'meeting', title: 'Tajani meets Cassis', start: '2027-03-02', location: { city: 'Bern', country: 'CH' }, participants: [{ name: 'Antonio Tajani' }] };
    const found = await check({ event: typed });
    expect(found.map((c) => [c.person.slug, c.event.id])).toEqual([['antonio-tajani', rome.id]]);
    expect(await check({ event: { ...typed, location: { city: 'Rome', country: 'IT' } } })).toEqual([]);
    expect(await check({ event: { ...typed, location: { city: 'Paris', country: 'FR' } }, id: rome.id })).toEqual([]);
    expect(await check({ event: { ...typed, start: 'not a date' } })).toEqual([]);
    expect((await checkRoute(jsonRequest('POST', '/api/clashes/check', { nope: 1 }))).status).toBe(400);
  });
});
