import { afterAll, describe, expect, it } from 'vitest';
import { GET as listRoute } from '../../app/api/events/route';
import { GET as allFeed } from '../../app/feeds/all.ics/route';
import { openDatabase } from '../../db/client';
import { setReadAccess } from '../../db/queries/settings';
import { createUser } from '../../db/queries/users';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());

// `npm run user:create` and admin settings may come from another process while the server runs:
// the server keeps who-may-read between requests, and must notice such changes at once.
describe('access set by another process on the same database file', () => {
  it('closes reading as soon as another connection creates the first account, and opens it again when made public', async () => {
    expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(200);
    expect((await allFeed(new Request('http://localhost/feeds/all.ics'))).status).toBe(200);

    const other = openDatabase(database.path);
    try {
      await createUser(other, { email: 'first@example.org', password: 'a long enough password', role: 'admin' });
      expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(401);
      expect((await allFeed(new Request('http://localhost/feeds/all.ics'))).status).toBe(401);

      setReadAccess(other, 'public');
      expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(200);
      expect((await allFeed(new Request('http://localhost/feeds/all.ics'))).status).toBe(200);
    } finally {
      other.$client.close();
    }
  });
});
