import type { Db } from './client';
import { getDb } from './client';
import { createRoute } from '../lib/http/route';
import { getAuth } from './auth';
import { findActiveApiToken, recordApiTokenUse } from './queries/api-tokens';
import type { FeedOwner } from './queries/feed-tokens';
import { isInstallSecured } from './queries/install';
import { readDataVersion } from './queries/data-version';
import { getReadAccess, type ReadAccess } from './queries/settings';
import { findUserByFeedKey, mapDisplayNamesByEmail } from './queries/users';
import { hideActorEmail } from '../lib/auth/present-actor';
import { ANONYMOUS, AccessError, checkAccess, checkSameOrigin, type Actor, type Need, type Role } from '../lib/auth/access-policy';

/**
 * Our own origin: PUBLIC_URL's, else the one the request was sent to (forwarding headers are
 * trustworthy here: lib/server/ overwrites them unless they come from a trusted proxy).
 */
function expectedOrigin(request: Request): string {
  if (process.env.PUBLIC_URL) return new URL(process.env.PUBLIC_URL).origin;
  const url = new URL(request.url);
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0].trim() || url.protocol.replace(':', '');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  return new URL(`${protocol}://${host}`).origin;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is asking: an API token, a signed-in user, a feed key (feeds only), or nobody. */
export async function identifyActor(db: Db, request: Request, options: { allowFeedKey?: boolean } = {}): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim())?.[1];
    const found = token ? findActiveApiToken(db, token) : null;
    if (!found) throw new AccessError(401, 'The API token is not valid or was revoked');
    return { kind: 'token', id: String(found.id), label: `token:${found.name}`, role: found.role as Role };
  }
  if (request.headers.get('cookie')?.includes('better-auth')) {
    const session = await getAuth(db, request).api.getSession({ headers: request.headers });
    if (session) {
      const user = session.user as { id: string; email: string; role?: string };
      return { kind: 'user', id: user.id, label: `user:${user.email}`, role: (user.role as Role) ?? 'viewer' };
    }
  }
  if (options.allowFeedKey) {
    const key = new URL(request.url).searchParams.get('key');
    const owner = key && /^[\w-]{10,64}$/.test(key) ? findUserByFeedKey(db, key) : null;
    if (owner) return { kind: 'feed-key', id: owner.id, label: `feed-key:${owner.email}`, role: 'viewer' };
  }
  return ANONYMOUS;
}

/**
 * Open until the first account or token is made, as on first start; secured from then on, until an
 * admin reopens it explicitly (db/queries/install.ts).
 */
export function isSecured(db: Db): boolean {
  return isInstallSecured(db);
}

const accessStates = new WeakMap<object, { dataVersion: string; secured: boolean; readAccess: ReadAccess }>();

/**
 * isSecured and the read-access setting, asked on every request (a feed revalidation is little
 * else): kept until the database next changes, by anyone.
 */
function readAccessState(db: Db): { secured: boolean; readAccess: ReadAccess } {
  const dataVersion = readDataVersion(db);
  const known = accessStates.get(db.$client);
  if (known?.dataVersion === dataVersion) return known;
  const state = { dataVersion, secured: isSecured(db), readAccess: getReadAccess(db) };
  accessStates.set(db.$client, state);
  return state;
}

/**
 * The gate every route passes: who is asking, may they do this, and (for writes with a session
 * cookie) does the request come from our own pages. Throws AccessError; returns the actor.
 */
export async function authorize(db: Db, request: Request, need: Need, options: { allowFeedKey?: boolean } = {}): Promise<Actor> {
  const actor = await identifyActor(db, request, options);
  checkAccess({ ...readAccessState(db), actor }, need);
  // Every cookie-authenticated state change, whatever role it needs (a new feed key needs only 'read').
  if (actor.kind === 'user' && !SAFE_METHODS.has(request.method)) {
    checkSameOrigin({ origin: request.headers.get('origin'), secFetchSite: request.headers.get('sec-fetch-site') }, expectedOrigin(request));
  }
  if (actor.kind === 'token') recordApiTokenUse(db, Number(actor.id));
  return actor;
}

/**
 * Whose private feeds an actor manages: every feed for admins (and for anyone on an open install,
 * where everyone may do anything), otherwise only the ones they saved themselves.
 */
export function feedScopeOf(db: Db, actor: Actor): FeedOwner | 'everyone' {
  if (!readAccessState(db).secured || (actor.kind !== 'feed-key' && actor.role === 'admin')) return 'everyone';
  return feedOwnerOf(actor);
}

/** The owner recorded on a feed an actor saves. */
export function feedOwnerOf(actor: Actor): FeedOwner {
  if (actor.kind === 'user') return { userId: actor.id };
  if (actor.kind === 'token') return { tokenId: Number(actor.id) };
  return null;
}

/**
 * Revision authors as this actor may see them: e-mail addresses for admins, display names for
 * everyone else (reading may be public). Returns the function that rewrites a list of revisions.
 */
export function presentRevisionAuthors(db: Db, viewer: Actor): <T extends { actor: string }>(revisions: T[]) => T[] {
  if (viewer.kind !== 'feed-key' && viewer.role === 'admin') return (revisions) => revisions;
  const names = mapDisplayNamesByEmail(db);
  return (revisions) => revisions.map((revision) => ({ ...revision, actor: hideActorEmail(revision.actor, names) }));
}

/**
 * The JSON routes' frame (lib/http/route.ts) bound to this gate once: 'none' only identifies the
 * caller; any other access level is authorized like every other request.
 */
export const route = createRoute((request, access) => (access === 'none' ? identifyActor(getDb(), request) : authorize(getDb(), request, access)));
