import { afterAll, describe, expect, it } from 'vitest';
import { GET as peopleRoute } from '../../app/api/people/route';
import { POST as createRoute } from '../../app/api/events/route';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;

async function create(body: Json): Promise<void> {
  const response = await createRoute(jsonRequest('POST', '/api/events', body));
  expect(response.status).toBe(201);
}

describe('GET /api/people?name=…: the names of an ingest batch among saved people, in one request (issue 15)', () => {
  it('says which names are saved and which look like a saved person spelt another way', async () => {
    await create({ kind: 'meeting', title: 'Peña meets Sánchez', start: '2027-03-02', location: { city: 'Madrid', country: 'ES' }, participants: [{ name: 'Santiago Peña', role: 'President', country: 'PY' }, { name: 'Pedro Sánchez', role: null, country: 'ES' }] });
    const names = ['Pedro Sánchez', 'Santiago Pena', 'Peña', 'Sanchez', 'Nobody Known', 'Pedro Sánchez'];
    const response = await peopleRoute(jsonRequest('GET', `/api/people?${names.map((n) => `name=${encodeURIComponent(n)}`).join('&')}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.names).toEqual([
      { name: 'Pedro Sánchez', saved: { name: 'Pedro Sánchez', slug: 'pedro-sanchez' }, suggestion: null },
      { name: 'Santiago Pena', saved: null, suggestion: { name: 'Santiago Peña', slug: 'santiago-pena' } },
      { name: 'Peña', saved: null, suggestion: { name: 'Santiago Peña', slug: 'santiago-pena' } },
      { name: 'Sanchez', saved: null, suggestion: { name: 'Pedro Sánchez', slug: 'pedro-sanchez' } },
      { name: 'Nobody Known', saved: null, suggestion: null },
    ]);
  });

  it('still answers the autocomplete without names', async () => {
    const body = (await (await peopleRoute(jsonRequest('GET', '/api/people?q=Pe%C3%B1a'))).json()) as Json;
    expect(body.people.map((p: Json) => p.slug)).toContain('santiago-pena');
    expect(body.names).toBeUndefined();
  });
});
