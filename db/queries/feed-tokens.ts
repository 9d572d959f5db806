import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens, feedTokens } from '../schema';
import { nowUtcIso } from '../../lib/time/zones';

export type FeedToken = typeof feedTokens.$inferSelect;

/**
 * 16 random bytes in base64url: 22 characters, 128 bits. Short enough that a feed URL stays well
 * under Google Calendar's 256-character limit, long enough that nobody guesses one.
 */
function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Who saved a private feed: an account, an API token, or nobody on an open install. */
export type FeedOwner = { userId: string } | { tokenId: number } | null;

export function createFeedToken(db: Db, input: { name: string; filter: string; owner: FeedOwner }): FeedToken {
  const owner = input.owner;
  return db
    .insert(feedTokens)
    .values({
      token: newToken(),
      name: input.name,
      filter: input.filter,
      createdAt: nowUtcIso(),
      ownerUserId: owner && 'userId' in owner ? owner.userId : null,
      ownerTokenId: owner && 'tokenId' in owner ? owner.tokenId : null,
    })
    .returning()
    .get();
}

function ownedBy(owner: FeedOwner) {
  if (owner === null) return and(isNull(feedTokens.ownerUserId), isNull(feedTokens.ownerTokenId));
  return 'userId' in owner ? eq(feedTokens.ownerUserId, owner.userId) : eq(feedTokens.ownerTokenId, owner.tokenId);
}

/**
 * A token that exists, has not been revoked, and whose maker still may read: a feed saved with an
 * API token stops with that token (a deleted account takes its feeds with it).
 */
export function findActiveFeedToken(db: Db, token: string): FeedToken | null {
  const row = db
    .select({ feed: feedTokens })
    .from(feedTokens)
    .leftJoin(apiTokens, eq(apiTokens.id, feedTokens.ownerTokenId))
    .where(and(eq(feedTokens.token, token), isNull(feedTokens.revokedAt), or(isNull(feedTokens.ownerTokenId), isNull(apiTokens.revokedAt))))
    .get();
  return row?.feed ?? null;
}

/** Live feeds: every one (`'everyone'`, for admins) or those one owner saved. */
export function listFeedTokens(db: Db, owner: FeedOwner | 'everyone'): FeedToken[] {
  const live = isNull(feedTokens.revokedAt);
  return db
    .select()
    .from(feedTokens)
    .where(owner === 'everyone' ? live : and(live, ownedBy(owner)))
    .orderBy(desc(feedTokens.createdAt))
    .all();
}

/** Revoking keeps the row (so the token is never reissued) and stops the feed at once. */
export function revokeFeedToken(db: Db, token: string, owner: FeedOwner | 'everyone'): boolean {
  const match = and(eq(feedTokens.token, token), isNull(feedTokens.revokedAt));
  const result = db
    .update(feedTokens)
    .set({ revokedAt: nowUtcIso() })
    .where(owner === 'everyone' ? match : and(match, ownedBy(owner)))
    .run();
  return result.changes > 0;
}

export interface FeedDirectory {
  people: Array<{ slug: string; name: string }>;
  countries: string[];
  organizations: string[];
}

/** Everyone, every country and every organisation that has a feed with something in it. */
export function listFeedDirectory(db: Db): FeedDirectory {
  const people = db.all<{ slug: string; name: string }>(
    sql`select distinct p.slug, p.name from people p join event_participants ep on ep.person_id = p.id order by p.name`,
  );
  const countries = db
    .all<{ code: string }>(
      sql`select country as code from places union select country from event_participants where country is not null order by 1`,
    )
    .map((row) => row.code);
  const organizations = db
    .all<{ name: string }>(sql`select distinct organization as name from event_participants where organization is not null order by 1`)
    .map((row) => row.name);
  return { people, countries, organizations };
}
