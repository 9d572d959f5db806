import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { feedTokens } from '../schema';
import { nowUtcIso } from '../../lib/time/zones';

export type FeedToken = typeof feedTokens.$inferSelect;

/**
 * 16 random bytes in base64url: 22 characters, 128 bits. Short enough that a feed URL stays well
 * under Google Calendar's 256-character limit, long enough that nobody guesses one.
 */
function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function createFeedToken(db: Db, name: string, filter: string): FeedToken {
  return db.insert(feedTokens).values({ token: newToken(), name, filter, createdAt: nowUtcIso() }).returning().get();
}

/** A token that exists and has not been revoked. */
export function findActiveFeedToken(db: Db, token: string): FeedToken | null {
  return db.select().from(feedTokens).where(and(eq(feedTokens.token, token), isNull(feedTokens.revokedAt))).get() ?? null;
}

export function listFeedTokens(db: Db): FeedToken[] {
  return db.select().from(feedTokens).where(isNull(feedTokens.revokedAt)).orderBy(desc(feedTokens.createdAt)).all();
}

/** Revoking keeps the row (so the token is never reissued) and stops the feed at once. */
export function revokeFeedToken(db: Db, token: string): boolean {
  const result = db.update(feedTokens).set({ revokedAt: nowUtcIso() }).where(and(eq(feedTokens.token, token), isNull(feedTokens.revokedAt))).run();
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
