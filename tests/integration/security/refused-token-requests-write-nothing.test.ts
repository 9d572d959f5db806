import { afterAll, describe, expect, it } from 'vitest';
import { GET as listRoute, POST as createRoute } from '../../../app/api/events/route';
import { createApiToken } from '../../../db/queries/api-tokens';
import { createTempDatabase, dumpDatabase } from '../../support/temp-database';
import { jsonRequest } from '../../support/route-requests';

// Finding 11 of issue 13: a viewer token's refused write still stamped api_tokens.last_used_at.
const database = createTempDatabase();
afterAll(() => database.cleanup());

const event = { kind: 'meeting', title: 'Refused', start: '2026-06-01', participants: [{ name: 'Ann Example' }] };

describe('an API token', () => {
  it('leaves the database untouched when its request is refused', async () => {
    const { token } = createApiToken(database.db(), { name: 'reader', role: 'viewer', createdBy: 'cli' });
    const before = dumpDatabase(database.db());
    const response = await createRoute(jsonRequest('POST', '/api/events', event, { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(403);
    expect(dumpDatabase(database.db())).toBe(before);
  });

  it('records when it was last used for an accepted request', async () => {
    const { token, record } = createApiToken(database.db(), { name: 'reader-2', role: 'viewer', createdBy: 'cli' });
    expect((await listRoute(jsonRequest('GET', '/api/events', undefined, { authorization: `Bearer ${token}` }))).status).toBe(200);
    const row = database.db().$client.prepare('select last_used_at from api_tokens where id = ?').get(record.id) as { last_used_at: string | null };
    expect(row.last_used_at).not.toBeNull();
  });
});
