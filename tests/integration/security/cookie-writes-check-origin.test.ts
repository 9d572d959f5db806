import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as authPost } from '../../../app/api/auth/[...all]/route';
import { POST as feedKeyRoute } from '../../../app/api/me/feed-key/route';
import { POST as createRoute } from '../../../app/api/events/route';
import { createUser } from '../../../db/queries/users';
import { createTempDatabase, dumpDatabase } from '../../support/temp-database';
import { jsonRequest } from '../../support/route-requests';

// Finding 9 of issue 13: POST /api/me/feed-key took cookie-authenticated requests from any origin.
const database = createTempDatabase();
afterAll(() => database.cleanup());

const PASSWORD = 'a long enough password';
const event = { kind: 'meeting', title: 'Origin check', start: '2026-06-01', participants: [{ name: 'Ann Example' }] };
let cookie: string;
beforeAll(async () => {
  await createUser(database.db(), { email: 'editor@example.org', password: PASSWORD, role: 'editor' });
  const signIn = await authPost(jsonRequest('POST', '/api/auth/sign-in/email', { email: 'editor@example.org', password: PASSWORD }, { origin: 'http://localhost' }));
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
});

const CROSS_SITE: Array<[string, Record<string, string>]> = [
  ['another site', { origin: 'https://evil.example' }],
  ['an opaque origin', { origin: 'null' }],
  ['the same host over another scheme', { origin: 'https://localhost' }],
  ['the same host on another port', { origin: 'http://localhost:8080' }],
  ['neither Origin nor Sec-Fetch-Site', {}],
  ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
];

describe('cookie-authenticated state changes', () => {
  it.each(CROSS_SITE)('refuse a new feed key asked for from %s, changing nothing', async (_label, headers) => {
    const before = dumpDatabase(database.db());
    const response = await feedKeyRoute(jsonRequest('POST', '/api/me/feed-key', undefined, { cookie, host: 'localhost', ...headers }));
    expect(response.status).toBe(403);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it.each(CROSS_SITE)('refuse an event posted from %s', async (_label, headers) => {
    const response = await createRoute(jsonRequest('POST', '/api/events', event, { cookie, host: 'localhost', ...headers }));
    expect(response.status).toBe(403);
  });

  it('accept our own pages, by Origin or by Sec-Fetch-Site', async () => {
    expect((await feedKeyRoute(jsonRequest('POST', '/api/me/feed-key', undefined, { cookie, host: 'localhost', origin: 'http://localhost' }))).status).toBe(200);
    expect((await feedKeyRoute(jsonRequest('POST', '/api/me/feed-key', undefined, { cookie, host: 'localhost', 'sec-fetch-site': 'same-origin' }))).status).toBe(200);
  });
});
