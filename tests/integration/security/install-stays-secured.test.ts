import { afterAll, describe, expect, it } from 'vitest';
import { GET as listRoute } from '../../../app/api/events/route';
import { GET as meRoute } from '../../../app/api/me/route';
import { POST as createTokenRoute } from '../../../app/api/admin/tokens/route';
import { DELETE as revokeTokenRoute } from '../../../app/api/admin/tokens/[id]/route';
import { POST as reopenRoute } from '../../../app/api/admin/install/route';
import { createApiToken } from '../../../db/queries/api-tokens';
import { createTempDatabase, dumpDatabase } from '../../support/temp-database';
import { jsonRequest, routeContext } from '../../support/route-requests';

// Finding 1 of issue 13: revoking the last token used to reopen the install to everyone.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;

describe('an install that once had a token', () => {
  it('stays secured after its last token is revoked', async () => {
    const { token, record } = createApiToken(database.db(), { name: 'only-admin', role: 'admin', createdBy: 'cli' });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await revokeTokenRoute(jsonRequest('DELETE', '/', undefined, bearer), routeContext(record.id))).status).toBe(200);

    const me = (await (await meRoute(jsonRequest('GET', '/api/me'))).json()) as Json;
    expect(me.secured).toBe(true);
    expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(401);
    const before = dumpDatabase(database.db());
    const stranger = await createTokenRoute(jsonRequest('POST', '/api/admin/tokens', { name: 'x', role: 'admin' }));
    expect(stranger.status).toBe(401);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('reopens only when an admin asks for it explicitly, with a clear error otherwise', async () => {
    const { token } = createApiToken(database.db(), { name: 'second-admin', role: 'admin', createdBy: 'cli' });
    const admin = { authorization: `Bearer ${token}` };
    expect((await reopenRoute(jsonRequest('POST', '/api/admin/install', { open: true }))).status).toBe(401);
    const unconfirmed = await reopenRoute(jsonRequest('POST', '/api/admin/install', { open: false }, admin));
    expect(unconfirmed.status).toBe(400);
    expect(((await unconfirmed.json()) as Json).fields.confirm).toBeDefined();

    const reopened = await reopenRoute(jsonRequest('POST', '/api/admin/install', { confirm: 'reopen' }, admin));
    expect(reopened.status).toBe(200);
    expect(((await (await meRoute(jsonRequest('GET', '/api/me'))).json()) as Json).secured).toBe(false);
    expect((await listRoute(jsonRequest('GET', '/api/events'))).status).toBe(200);

    // The next account or token secures it again.
    createApiToken(database.db(), { name: 'third', role: 'viewer', createdBy: 'cli' });
    expect(((await (await meRoute(jsonRequest('GET', '/api/me'))).json()) as Json).secured).toBe(true);
  });
});
