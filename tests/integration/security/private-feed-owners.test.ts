import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listFeeds, POST as createFeed } from '../../../app/api/feeds/route';
import { DELETE as revokeFeed } from '../../../app/api/feeds/[token]/route';
import { GET as privateFeed } from '../../../app/feeds/t/[file]/route';
import { DELETE as revokeTokenRoute } from '../../../app/api/admin/tokens/[id]/route';
import { DELETE as deleteUserRoute } from '../../../app/api/admin/users/[id]/route';
import { createApiToken } from '../../../db/queries/api-tokens';
import { createFeedToken } from '../../../db/queries/feed-tokens';
import { setReadAccess } from '../../../db/queries/settings';
import { createUser, deleteUser } from '../../../db/queries/users';
import { loadDemoData } from '../../../db/seed/load-demo-data';
import { createTempDatabase } from '../../support/temp-database';
import { jsonRequest, routeContext } from '../../support/route-requests';

// Finding 5 of issue 13: every reader could list every private feed's token.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const bearerOf = (role: 'viewer' | 'editor' | 'admin', name: string) => {
  const { token, record } = createApiToken(database.db(), { name, role, createdBy: 'cli' });
  return { headers: { authorization: `Bearer ${token}` }, id: record.id };
};
const fetchFeed = (token: string) => privateFeed(new Request(`http://localhost/feeds/t/${token}.ics`), { params: Promise.resolve({ file: `${token}.ics` }) });
const listAs = async (headers: Record<string, string> = {}) => ((await (await listFeeds(jsonRequest('GET', '/api/feeds', undefined, headers))).json()) as Json).feeds as Json[];
async function saveFeed(headers: Record<string, string>, name: string): Promise<string> {
  const response = await createFeed(jsonRequest('POST', '/api/feeds', { name, filter: 'country=US' }, headers));
  expect(response.status).toBe(201);
  return ((await response.json()) as Json).feed.token;
}

let admin: ReturnType<typeof bearerOf>;
let editor: ReturnType<typeof bearerOf>;
let otherEditor: ReturnType<typeof bearerOf>;
let viewer: ReturnType<typeof bearerOf>;
beforeAll(() => {
  loadDemoData(database.db());
  admin = bearerOf('admin', 'admin');
  editor = bearerOf('editor', 'editor');
  otherEditor = bearerOf('editor', 'other-editor');
  viewer = bearerOf('viewer', 'viewer');
});

describe('private feeds belong to who made them', () => {
  it('shows a feed’s token to its maker and to admins only', async () => {
    const token = await saveFeed(editor.headers, 'editor’s feed');
    expect((await listAs(editor.headers)).map((f) => f.token)).toEqual([token]);
    expect((await listAs(admin.headers)).map((f) => f.token)).toContain(token);
    expect(JSON.stringify(await listAs(viewer.headers))).not.toContain(token);
    expect(JSON.stringify(await listAs(otherEditor.headers))).not.toContain(token);
    setReadAccess(database.db(), 'public');
    expect(JSON.stringify(await listAs())).not.toContain(token);
    setReadAccess(database.db(), 'signed-in');
  });

  it('lets only the maker or an admin revoke a feed', async () => {
    const token = await saveFeed(editor.headers, 'kept');
    const feedsBefore = database.db().$client.prepare('select * from feed_tokens order by id').all();
    const refused = await revokeFeed(jsonRequest('DELETE', `/api/feeds/${token}`, undefined, otherEditor.headers), { params: Promise.resolve({ token }) });
    expect(refused.status).toBe(404);
    expect(database.db().$client.prepare('select * from feed_tokens order by id').all()).toEqual(feedsBefore);
    expect((await fetchFeed(token)).status).toBe(200);
  });

  it('stops a feed when the API token that made it is revoked', async () => {
    const maker = bearerOf('editor', 'short-lived');
    const token = await saveFeed(maker.headers, 'short-lived feed');
    expect((await fetchFeed(token)).status).toBe(200);
    expect((await revokeTokenRoute(jsonRequest('DELETE', '/', undefined, admin.headers), routeContext(maker.id))).status).toBe(200);
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it('stops a feed when the account that made it is deleted', async () => {
    const user = await createUser(database.db(), { email: 'leaver@example.org', password: 'a long enough password', role: 'editor' });
    const feed = createFeedToken(database.db(), { name: 'leaver’s feed', filter: 'country=US', owner: { userId: user.id } });
    expect((await fetchFeed(feed.token)).status).toBe(200);
    deleteUser(database.db(), user.id);
    expect((await fetchFeed(feed.token)).status).toBe(404);
  });

  it('lets an admin delete an account through DELETE /api/admin/users/{id}, and no one else', async () => {
    const user = await createUser(database.db(), { email: 'second-leaver@example.org', password: 'a long enough password', role: 'editor' });
    const feed = createFeedToken(database.db(), { name: 'second leaver’s feed', filter: 'country=US', owner: { userId: user.id } });
    const remove = (headers: Record<string, string>, id = user.id) => deleteUserRoute(jsonRequest('DELETE', `/api/admin/users/${id}`, undefined, headers), { params: Promise.resolve({ id }) });
    expect((await remove(editor.headers)).status).toBe(403);
    expect((await remove({})).status).toBe(401);
    expect((await fetchFeed(feed.token)).status).toBe(200);
    const done = await remove(admin.headers);
    expect(done.status).toBe(200);
    expect(((await done.json()) as Json).deleted).toBe(user.id);
    expect((await fetchFeed(feed.token)).status).toBe(404);
    expect((await remove(admin.headers)).status).toBe(404);
    expect((await remove(admin.headers, '../etc')).status).toBe(404);
  });
});
