import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as authPost } from '../../app/api/auth/[...all]/route';
import { GET as listRoute, POST as createRoute } from '../../app/api/events/route';
import { GET as allFeed } from '../../app/feeds/all.ics/route';
import { GET as changesAtom } from '../../app/feeds/changes.atom/route';
import { GET as meRoute } from '../../app/api/me/route';
import { POST as feedKeyRoute } from '../../app/api/me/feed-key/route';
import { GET as listUsersRoute, POST as createUserRoute } from '../../app/api/admin/users/route';
import { PATCH as updateUserRoute } from '../../app/api/admin/users/[id]/route';
import { POST as createTokenRoute } from '../../app/api/admin/tokens/route';
import { DELETE as revokeTokenRoute } from '../../app/api/admin/tokens/[id]/route';
import { PATCH as settingsRoute } from '../../app/api/admin/settings/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { createUser } from '../../db/queries/users';
import { createTempDatabase, dumpDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const ORIGIN = 'http://localhost';
const PASSWORD = 'a long enough password';
const event = { kind: 'meeting', title: 'Access check', start: '2026-06-01', participants: [{ name: 'Ann Example' }] };

async function signIn(email: string, password = PASSWORD): Promise<Response> {
  return authPost(jsonRequest('POST', '/api/auth/sign-in/email', { email, password }, { origin: ORIGIN }));
}

async function sessionCookie(email: string): Promise<string> {
  const response = await signIn(email);
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(';')[0];
}

describe('a fresh install with no accounts', () => {
  it('is open, as on first start with the demo data', async () => {
    expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(200);
    expect((await createRoute(jsonRequest('POST', '/api/events', event))).status).toBe(201);
  });
});

describe('once accounts exist', () => {
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const role of ['viewer', 'editor', 'admin'] as const) await createUser(database.db(), { email: `${role}@example.org`, password: PASSWORD, role });
    for (const role of ['viewer', 'editor', 'admin']) cookies[role] = await sessionCookie(`${role}@example.org`);
  });

  it('refuses strangers: reading needs an account, by default', async () => {
    const response = await listRoute(jsonRequest('GET', '/api/events'));
    expect(response.status).toBe(401);
    expect(((await response.json()) as Json).error).toMatch(/Sign in/);
    const feed = await allFeed(new Request('http://localhost/feeds/all.ics'));
    expect(feed.status).toBe(401);
    expect(feed.headers.get('content-type')).toContain('text/plain');
  });

  it('lets a viewer read but not write', async () => {
    expect((await listRoute(jsonRequest('GET', '/api/events', undefined, { cookie: cookies.viewer }))).status).toBe(200);
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', event, { cookie: cookies.viewer, origin: ORIGIN }));
    expect(response.status).toBe(403);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('lets an editor write from our own pages, and records who did it', async () => {
    const response = await createRoute(jsonRequest('POST', '/api/events', event, { cookie: cookies.editor, origin: ORIGIN, host: 'localhost' }));
    expect(response.status).toBe(201);
    const { event: saved } = (await response.json()) as Json;
    const { revisions } = (await (await revisionsRoute(jsonRequest('GET', '/', undefined, { cookie: cookies.editor }), routeContext(saved.id))).json()) as Json;
    // Non-admins see display names (the name defaults to the address's local part); admins the address.
    expect(revisions[0].actor).toBe('user:editor');
  });

  it('refuses a cross-site write that rides on a session cookie', async () => {
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', event, { cookie: cookies.editor, origin: 'https://evil.example', host: 'localhost' }));
    expect(response.status).toBe(403);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('accepts API tokens for scripts, records the token, and stops them when revoked', async () => {
    const created = await createTokenRoute(jsonRequest('POST', '/api/admin/tokens', { name: 'nightly-import', role: 'editor' }, { cookie: cookies.admin, origin: ORIGIN, host: 'localhost' }));
    expect(created.status).toBe(201);
    const { token, record } = (await created.json()) as Json;
    expect(token).toMatch(/^smt_[\w-]{40,}$/);
    const bearer = { authorization: `Bearer ${token}` };
    const response = await createRoute(jsonRequest('POST', '/api/events', event, bearer));
    expect(response.status).toBe(201);
    const { event: saved } = (await response.json()) as Json;
    const { revisions } = (await (await revisionsRoute(jsonRequest('GET', '/', undefined, bearer), routeContext(saved.id))).json()) as Json;
    expect(revisions[0].actor).toBe('token:nightly-import');

    expect((await revokeTokenRoute(jsonRequest('DELETE', '/', undefined, { cookie: cookies.admin, origin: ORIGIN, host: 'localhost' }), routeContext(record.id))).status).toBe(200);
    expect((await createRoute(jsonRequest('POST', '/api/events', event, bearer))).status).toBe(401);
    expect((await listRoute(jsonRequest('GET', '/api/events', undefined, { authorization: 'Bearer forged' }))).status).toBe(401);
  });

  it('keeps admin pages to admins', async () => {
    expect((await listUsersRoute(jsonRequest('GET', '/', undefined, { cookie: cookies.editor }))).status).toBe(403);
    const { users } = (await (await listUsersRoute(jsonRequest('GET', '/', undefined, { cookie: cookies.admin }))).json()) as Json;
    expect(users.map((u: Json) => u.email)).toEqual(['admin@example.org', 'editor@example.org', 'viewer@example.org']);
    expect(JSON.stringify(users)).not.toMatch(/password|feedKey/i);
  });

  it('lets an admin add accounts and change roles, but not lock themselves out', async () => {
    const admin = { cookie: cookies.admin, origin: ORIGIN, host: 'localhost' };
    const bad = await createUserRoute(jsonRequest('POST', '/', { email: 'not-an-email', password: 'short', role: 'boss' }, admin));
    expect(Object.keys(((await bad.json()) as Json).fields).sort()).toEqual(['email', 'password', 'role']);
    const duplicate = await createUserRoute(jsonRequest('POST', '/', { email: 'viewer@example.org', password: PASSWORD, role: 'viewer' }, admin));
    expect(duplicate.status).toBe(400);
    const created = (await (await createUserRoute(jsonRequest('POST', '/', { email: 'new@example.org', password: PASSWORD, role: 'viewer' }, admin))).json()) as Json;
    expect((await updateUserRoute(jsonRequest('PATCH', '/', { role: 'editor' }, admin), routeContext(created.user.id))).status).toBe(200);
    const me = (await (await meRoute(jsonRequest('GET', '/', undefined, { cookie: cookies.admin }))).json()) as Json;
    const demote = await updateUserRoute(jsonRequest('PATCH', '/', { role: 'viewer' }, admin), routeContext(me.user.id));
    expect(demote.status).toBe(400);
  });

  it('opens feeds to a personal key, which regenerating revokes', async () => {
    const first = ((await (await feedKeyRoute(jsonRequest('POST', '/', undefined, { cookie: cookies.viewer, origin: ORIGIN, host: 'localhost' }))).json()) as Json).feedKey;
    expect((await allFeed(new Request(`http://localhost/feeds/all.ics?key=${first}`))).status).toBe(200);
    // The Atom feed of changes opens to the same key, and to nobody without one.
    expect((await changesAtom(new Request(`http://localhost/feeds/changes.atom?key=${first}`))).status).toBe(200);
    expect((await changesAtom(new Request('http://localhost/feeds/changes.atom'))).status).toBe(401);
    // A feed key reads; it never writes.
    expect((await createRoute(new Request(`http://localhost/api/events?key=${first}`, { method: 'POST', body: JSON.stringify(event) }))).status).toBe(401);
    await feedKeyRoute(jsonRequest('POST', '/', undefined, { cookie: cookies.viewer, origin: ORIGIN, host: 'localhost' }));
    expect((await allFeed(new Request(`http://localhost/feeds/all.ics?key=${first}`))).status).toBe(401);
  });

  it('can make reading public, while writing still needs an account', async () => {
    const response = await settingsRoute(jsonRequest('PATCH', '/', { readAccess: 'public' }, { cookie: cookies.admin, origin: ORIGIN, host: 'localhost' }));
    expect(response.status).toBe(200);
    expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(200);
    expect((await allFeed(new Request('http://localhost/feeds/all.ics'))).status).toBe(200);
    expect((await createRoute(jsonRequest('POST', '/api/events', event))).status).toBe(401);
    await settingsRoute(jsonRequest('PATCH', '/', { readAccess: 'signed-in' }, { cookie: cookies.admin, origin: ORIGIN, host: 'localhost' }));
  });

  it('refuses wrong passwords, and slows down guessing', async () => {
    expect((await signIn('editor@example.org', 'wrong password!')).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await signIn('editor@example.org', `guess number ${i}`)).status);
    expect(statuses).toContain(429);
  });
});
