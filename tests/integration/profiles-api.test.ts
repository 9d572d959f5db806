import { afterAll, describe, expect, it } from 'vitest';
import { GET as personRoute } from '../../app/api/people/[slug]/route';
import { GET as countryRoute } from '../../app/api/countries/[code]/route';
import { GET as organisationRoute } from '../../app/api/organisations/[slug]/route';
import { POST as createRoute } from '../../app/api/events/route';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const TAJANI = { name: 'Antonio Tajani', role: 'Minister of Foreign Affairs', country: 'IT' };
const BARROT = { name: 'Jean-Noël Barrot', role: 'Minister for Europe and Foreign Affairs', country: 'FR' };
const ALBARES = { name: 'José Manuel Albares', role: 'Minister of Foreign Affairs', country: 'ES' };

async function create(body: Json): Promise<Json> {
  const response = await createRoute(jsonRequest('POST', '/api/events', body));
  expect(response.status).toBe(201);
  return ((await response.json()) as Json).event;
}

async function person(slug: string): Promise<Response> {
  return personRoute(jsonRequest('GET', `/api/people/${slug}`), { params: Promise.resolve({ slug }) });
}

async function country(code: string): Promise<Response> {
  return countryRoute(jsonRequest('GET', `/api/countries/${code}`), { params: Promise.resolve({ code }) });
}

describe('GET /api/people/{slug} and /api/countries/{CC} (issue 15)', () => {
  it('gives a person their itinerary, counterparts ranked by meetings, countries visited and offices', async () => {
    const paris = await create({ kind: 'visit', title: 'Tajani in Paris', start: '2027-05-03', end: '2027-05-04', location: { city: 'Paris', country: 'FR' }, participants: [TAJANI] });
    await create({ kind: 'meeting', parent: paris.id, title: 'Tajani meets Barrot', start: '2027-05-03', location: { city: 'Paris', country: 'FR' }, participants: [TAJANI, BARROT] });
    await create({ kind: 'call', title: 'Tajani calls Barrot', start: '2027-05-20', participants: [TAJANI, BARROT] });
    await create({ kind: 'meeting', title: 'Tajani meets Albares', start: '2027-06-01', location: { city: 'Rome', country: 'IT' }, participants: [TAJANI, ALBARES] });
    const response = await person('antonio-tajani');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.person.name).toBe('Antonio Tajani');
    expect(body.counterparts.map((c: Json) => [c.slug, c.meetings, c.lastDate])).toEqual([
      ['jean-noel-barrot', 2, '2027-05-20'],
      ['jose-manuel-albares', 1, '2027-06-01'],
    ]);
    expect(body.countries).toEqual([{ country: 'FR', events: 1, lastDate: '2027-05-03' }]);
    expect(body.homeCountry).toBe('IT');
    expect(body.offices).toEqual([{ title: 'Minister of Foreign Affairs', organization: null, country: 'IT', firstDate: '2027-05-03', lastDate: '2027-06-01' }]);
    // The visit's meeting stands beneath it.
    expect([...body.upcoming, ...body.past].map((e: Json) => e.title)).toEqual(['Tajani in Paris', 'Tajani meets Barrot', 'Tajani calls Barrot', 'Tajani meets Albares']);
    expect(body.feed).toBe('/feeds/person/antonio-tajani.ics');
  });

  it('gives a country the visits it received, its visitors, its people\'s trips abroad and their destinations', async () => {
    const france = (await (await country('fr')).json()) as Json;
    expect(france.country).toEqual({ code: 'FR', name: 'France' });
    expect(france.incoming.map((t: Json) => [t.title, t.people.map((p: Json) => p.slug)])).toEqual([['Tajani in Paris', ['antonio-tajani']]]);
    expect(france.visitors.map((v: Json) => [v.slug, v.visits])).toEqual([['antonio-tajani', 1]]);
    const italy = (await (await country('IT')).json()) as Json;
    expect(italy.outgoing.map((t: Json) => t.title)).toEqual(['Tajani in Paris']);
    expect(italy.destinations).toEqual([{ country: 'FR', trips: 1, lastDate: '2027-05-03' }]);
  });

  it('gives an organisation the people who represent it and its events with the people met', async () => {
    const guterres = { name: 'António Guterres', role: 'Secretary-General', organization: 'United Nations' };
    await create({ kind: 'meeting', title: 'Guterres meets Tajani', start: '2027-07-01', location: { city: 'Rome', country: 'IT' }, participants: [guterres, TAJANI] });
    const response = await organisationRoute(jsonRequest('GET', '/api/organisations/united-nations'), { params: Promise.resolve({ slug: 'united-nations' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.organisation).toEqual({ name: 'United Nations', slug: 'united-nations' });
    expect(body.members.map((m: Json) => [m.slug, m.role, m.events])).toEqual([['antonio-guterres', 'Secretary-General', 1]]);
    expect(body.upcoming.map((e: Json) => [e.title, e.counterparts.map((p: Json) => p.slug)])).toEqual([['Guterres meets Tajani', ['antonio-tajani']]]);
    const missing = await organisationRoute(jsonRequest('GET', '/api/organisations/no-such-body'), { params: Promise.resolve({ slug: 'no-such-body' }) });
    expect(missing.status).toBe(404);
  });

  it('answers 404 for an unknown person and for a code that names no country', async () => {
    expect((await person('nobody-at-all')).status).toBe(404);
    expect((await country('ZZ')).status).toBe(404);
    expect((await country('France')).status).toBe(404);
  });
});
