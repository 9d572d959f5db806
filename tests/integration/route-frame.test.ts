import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { route } from '../../db/access';
import { createApiToken } from '../../db/queries/api-tokens';
import { AccessError } from '../../lib/auth/access-policy';
import { NotFoundError } from '../../lib/events/errors';
import { eventFilterSchema, parseEventFilter } from '../../lib/events/event-filter';
import { collectFieldErrors } from '../../lib/events/field-errors';
import { errorResponse, jsonResponse } from '../../lib/http/json-responses';
import { createRoute } from '../../lib/http/route';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';

// The frame every JSON route shares (lib/http/route.ts), bound to the real gate (db/access.ts)
// and a real SQLite file: authorize, parse, answer errors, hand the handler typed input.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;

const noteSchema = z.object({
  title: z.string({ error: 'Give the note a title' }).trim().min(1, 'Give the note a title'),
  copies: z.number({ error: 'copies must be a number' }).int('copies must be a whole number'),
});

let handled = 0;
const saveNote = route({ access: 'write', body: noteSchema, invalid: 'The note is not valid' }, ({ actor, body }) => {
  handled++;
  // Typed input: body.copies is a number, body.title a trimmed string.
  return jsonResponse({ by: actor.label, title: body.title, twice: body.copies * 2 }, 201, { location: '/notes/1' });
});

const listNotes = route({ access: 'read', query: eventFilterSchema, invalid: 'The filter is not valid' }, ({ query }) => jsonResponse({ query }));

const readNote = route({ access: 'read', params: ['id'] }, ({ params }) => {
  if (params.id !== '7') throw new NotFoundError(`Note ${params.id}`);
  return jsonResponse({ id: params.id });
});

const whoAmI = route({ access: 'none' }, ({ actor }) => jsonResponse({ kind: actor.kind }));

class BusyError extends Error {}
const busyRoute = route({ access: 'read', onError: (error) => (error instanceof BusyError ? errorResponse(503, error.message) : undefined) }, ({ request }) => {
  const what = new URL(request.url).searchParams.get('fail');
  if (what === 'busy') throw new BusyError('Busy: try again in a moment');
  if (what === 'missing') throw new NotFoundError('Note 9');
  throw new Error('disk on fire at /var/lib/secret');
});

const post = (body: unknown, headers: Record<string, string> = {}) => saveNote(jsonRequest('POST', '/api/notes', body, headers));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('route(): on a fresh install, open to everyone', () => {
  it('hands the handler the parsed body and the anonymous actor, and returns its answer as it is', async () => {
    const response = await post({ title: '  Rutte in Washington ', copies: 3 });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/notes/1');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ by: 'anonymous', title: 'Rutte in Washington', twice: 6 });
  });
});

describe('route(): once the install is secured', () => {
  const tokens: Record<'viewer' | 'editor', string> = { viewer: '', editor: '' };
  beforeAll(() => {
    for (const role of ['viewer', 'editor'] as const) tokens[role] = createApiToken(database.db(), { name: `route-${role}`, role, createdBy: 'test' }).token;
  });

  it('answers 401 to a stranger, before looking at the body', async () => {
    const before = handled;
    const response = await post('{not json');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in (or use an API token) to make changes' });
    expect(handled).toBe(before);
  });

  it('answers 401 to a revoked or made-up token', async () => {
    const response = await post({ title: 'x', copies: 1 }, bearer('smt_not-a-token'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'The API token is not valid or was revoked' });
  });

  it('answers 403 to a role that may not, before looking at the body', async () => {
    const response = await post({ copies: 'many' }, bearer(tokens.viewer));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Your role is read-only: ask an admin for editor access' });
  });

  it('answers 400 with the route\'s message and a message per field when the body does not match', async () => {
    const before = handled;
    const response = await post({ title: '   ', copies: 1.5 }, bearer(tokens.editor));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: 'The note is not valid',
      fields: { title: ['Give the note a title'], copies: ['copies must be a whole number'] },
    });
    expect(handled).toBe(before);
  });

  it('names the whole body under _form when it is not an object at all', async () => {
    const response = await post([1, 2], bearer(tokens.editor));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).fields).toEqual({ _form: [expect.any(String)] });
  });

  it('answers a malformed, empty or non-JSON body as readJsonBody does', async () => {
    const malformed = await post('{"title":', bearer(tokens.editor));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'The body is not valid JSON' });
    const empty = await post(undefined, bearer(tokens.editor));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: 'The body is empty: send a JSON object' });
    const text = await post('title=x', { ...bearer(tokens.editor), 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('runs the handler with the token as the actor', async () => {
    const response = await post({ title: 'Meeting', copies: 2 }, bearer(tokens.editor));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ by: 'token:route-editor', title: 'Meeting', twice: 4 });
  });

  it('parses the query: first value of each parameter, blank ones absent, 400 per field when it does not match', async () => {
    const ok = await listNotes(jsonRequest('GET', '/api/notes?from=&kind=visit,meeting&kind=call&country=us&other=1', undefined, bearer(tokens.viewer)));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ query: { kind: ['visit', 'meeting'], country: ['US'] } });
    const bad = await listNotes(jsonRequest('GET', '/api/notes?kind=parade&from=2026-13-01', undefined, bearer(tokens.viewer)));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'The filter is not valid',
      fields: { from: ['from must be a date (YYYY-MM-DD)'], 'kind.0': ['kind must be one of visit, meeting, call, summit, conference, other'] },
    });
  });

  it('reads a filter exactly as parseEventFilter does, so the timeline\'s routes answer as they did', async () => {
    const queries = ['', 'kind=&kind=visit', 'kind=visit&kind=parade', 'from=2026-04-08&to=2026-04-01', 'country=usa,it&q=%20%20', 'person=Mark%20Rutte&status=held,gone', 'certainty=sure&org=nato'];
    for (const search of queries) {
      const expected = parseEventFilter(new URLSearchParams(search));
      const response = await listNotes(jsonRequest('GET', `/api/notes?${search}`, undefined, bearer(tokens.viewer)));
      const body = (await response.json()) as Json;
      if (expected.success) expect(body).toEqual({ query: expected.data });
      else expect(body).toEqual({ error: 'The filter is not valid', fields: collectFieldErrors(expected.error) });
    }
  });

  it('hands the handler the route\'s segments, and answers a thrown NotFoundError with 404', async () => {
    const found = await readNote(jsonRequest('GET', '/api/notes/7', undefined, bearer(tokens.viewer)), { params: Promise.resolve({ id: '7' }) });
    expect(await found.json()).toEqual({ id: '7' });
    const missing = await readNote(jsonRequest('GET', '/api/notes/8', undefined, bearer(tokens.viewer)), { params: Promise.resolve({ id: '8' }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Note 8 not found' });
  });

  it('lets a route answer its own errors first, and everything else through respondToError', async () => {
    const get = (fail: string) => busyRoute(jsonRequest('GET', `/api/busy?fail=${fail}`, undefined, bearer(tokens.viewer)));
    const busy = await get('busy');
    expect(busy.status).toBe(503);
    expect(await busy.json()).toEqual({ error: 'Busy: try again in a moment' });
    expect((await get('missing')).status).toBe(404);
    const crash = await get('crash');
    expect(crash.status).toBe(500);
    expect(await crash.json()).toEqual({ error: 'Something went wrong on the server; nothing was changed' });
  });

  it("with access 'none', identifies the caller and checks nothing", async () => {
    const stranger = await whoAmI(jsonRequest('GET', '/api/who'));
    expect(stranger.status).toBe(200);
    expect(await stranger.json()).toEqual({ kind: 'anonymous' });
    expect(await (await whoAmI(jsonRequest('GET', '/api/who', undefined, bearer(tokens.viewer)))).json()).toEqual({ kind: 'token' });
    expect((await whoAmI(jsonRequest('GET', '/api/who', undefined, bearer('smt_not-a-token')))).status).toBe(401);
  });
});

describe('route(): types', () => {
  it('types the input from the schemas and the segments, and asks for a context only where there are segments', () => {
    route({ access: 'write', body: noteSchema, query: eventFilterSchema, params: ['slug'] }, ({ body, query, params }) => {
      expectTypeOf(body).toEqualTypeOf<{ title: string; copies: number }>();
      expectTypeOf(query).toEqualTypeOf<z.output<typeof eventFilterSchema>>();
      expectTypeOf(params).toEqualTypeOf<Record<'slug', string>>();
      return jsonResponse({});
    });
    route({ access: 'read' }, ({ body, query }) => {
      expectTypeOf(body).toEqualTypeOf<undefined>();
      expectTypeOf(query).toEqualTypeOf<undefined>();
      return jsonResponse({});
    });
    expectTypeOf(whoAmI).parameters.toEqualTypeOf<[Request]>();
    expectTypeOf(readNote).parameters.toEqualTypeOf<[Request, { params: Promise<Record<'id', string>> }]>();
  });
});

describe('createRoute(): the gate is whatever function it is given', () => {
  it('asks the gate with the route\'s access level and answers its AccessError', async () => {
    const asked: string[] = [];
    const gated = createRoute(async (_request, access) => {
      asked.push(access);
      throw new AccessError(403, 'Only admins can do this');
    });
    const response = await gated({ access: 'admin' }, () => jsonResponse({ reached: true }))(jsonRequest('DELETE', '/api/anything'));
    expect(asked).toEqual(['admin']);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Only admins can do this' });
  });
});
