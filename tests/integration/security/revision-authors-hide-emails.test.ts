import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '../../../app/api/events/route';
import { GET as revisionsRoute } from '../../../app/api/events/[id]/revisions/route';
import { GET as changesRoute } from '../../../app/api/changes/route';
import { createApiToken } from '../../../db/queries/api-tokens';
import { setReadAccess } from '../../../db/queries/settings';
import { createUser } from '../../../db/queries/users';
import { POST as authPost } from '../../../app/api/auth/[...all]/route';
import { createTempDatabase } from '../../support/temp-database';
import { jsonRequest, routeContext } from '../../support/route-requests';

// Finding 12 of issue 13: with reading public, revisions showed editors' e-mail addresses.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
let eventId: number;
let adminBearer: Record<string, string>;
let viewerBearer: Record<string, string>;
beforeAll(async () => {
  await createUser(database.db(), { email: 'editor@example.org', password: 'a long enough password', role: 'editor', name: 'Edith Editor' });
  const signIn = await authPost(jsonRequest('POST', '/api/auth/sign-in/email', { email: 'editor@example.org', password: 'a long enough password' }, { origin: 'http://localhost' }));
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const created = await createRoute(jsonRequest('POST', '/api/events', { kind: 'meeting', title: 'Authored', start: '2026-06-01', participants: [{ name: 'Ann Example' }] }, { cookie, origin: 'http://localhost', host: 'localhost' }));
  eventId = ((await created.json()) as Json).event.id;
  adminBearer = { authorization: `Bearer ${createApiToken(database.db(), { name: 'admin', role: 'admin', createdBy: 'cli' }).token}` };
  viewerBearer = { authorization: `Bearer ${createApiToken(database.db(), { name: 'viewer', role: 'viewer', createdBy: 'cli' }).token}` };
  setReadAccess(database.db(), 'public');
});

const revisionActors = async (headers: Record<string, string> = {}) =>
  (((await (await revisionsRoute(jsonRequest('GET', '/', undefined, headers), routeContext(eventId))).json()) as Json).revisions as Json[]).map((r) => r.actor);
const changeActors = async (headers: Record<string, string> = {}) =>
  (((await (await changesRoute(jsonRequest('GET', '/api/changes?since=2000-01-01', undefined, headers))).json()) as Json).changes as Json[]).flatMap((c) => c.revisions.map((r: Json) => r.actor));

describe('who made a change', () => {
  it('is a display name for anonymous readers and viewers, in revisions and in changes', async () => {
    for (const headers of [{}, viewerBearer]) {
      expect(await revisionActors(headers)).toEqual(['user:Edith Editor']);
      expect(await changeActors(headers)).toEqual(['user:Edith Editor']);
    }
  });

  it('is the e-mail address for admins', async () => {
    expect(await revisionActors(adminBearer)).toEqual(['user:editor@example.org']);
    expect(await changeActors(adminBearer)).toEqual(['user:editor@example.org']);
  });
});
