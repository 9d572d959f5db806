import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as allFeed } from '../../../app/feeds/all.ics/route';
import { GET as personFeed } from '../../../app/feeds/person/[file]/route';
import { POST as authPost } from '../../../app/api/auth/[...all]/route';
import { createApiToken } from '../../../db/queries/api-tokens';
import { setReadAccess } from '../../../db/queries/settings';
import { createUser } from '../../../db/queries/users';
import { loadDemoData } from '../../../db/seed/load-demo-data';
import { createTempDatabase } from '../../support/temp-database';
import { jsonRequest } from '../../support/route-requests';

// Finding 4 of issue 13: a feed read with credentials was marked `public` for shared caches.
const database = createTempDatabase();
afterAll(() => database.cleanup());

let bearer: Record<string, string>;
let cookie: string;
beforeAll(async () => {
  loadDemoData(database.db());
  bearer = { authorization: `Bearer ${createApiToken(database.db(), { name: 'reader', role: 'viewer', createdBy: 'cli' }).token}` };
  await createUser(database.db(), { email: 'reader@example.org', password: 'a long enough password', role: 'viewer' });
  const signIn = await authPost(jsonRequest('POST', '/api/auth/sign-in/email', { email: 'reader@example.org', password: 'a long enough password' }, { origin: 'http://localhost' }));
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
});

describe('feeds that need credentials', () => {
  it('are private for a bearer token and for a session cookie while reading is signed-in', async () => {
    setReadAccess(database.db(), 'signed-in');
    for (const headers of [bearer, { cookie }]) {
      const response = await allFeed(new Request('http://localhost/feeds/all.ics', { headers }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/^private\b/);
      expect(response.headers.get('cache-control')).not.toMatch(/public/);
    }
  });

  it('are private on revalidation (304) too', async () => {
    setReadAccess(database.db(), 'signed-in');
    const first = await personFeed(new Request('http://localhost/feeds/person/mark-rutte.ics', { headers: bearer }), { params: Promise.resolve({ file: 'mark-rutte.ics' }) });
    const etag = first.headers.get('etag')!;
    const revalidated = await personFeed(new Request('http://localhost/feeds/person/mark-rutte.ics', { headers: { ...bearer, 'if-none-match': etag } }), { params: Promise.resolve({ file: 'mark-rutte.ics' }) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toMatch(/^private\b/);
  });

  it('stay public for anonymous readers while reading is public', async () => {
    setReadAccess(database.db(), 'public');
    const response = await allFeed(new Request('http://localhost/feeds/all.ics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public\b/);
    expect(response.headers.get('vary')).toMatch(/authorization/i);
  });
});
