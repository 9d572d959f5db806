import { asc, like, or, sql, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { places } from '../schema';
import { slugify } from '../../lib/events/slug';
import { escapeLike } from './people';

export type Place = typeof places.$inferSelect;

export function placeKey(city: string | null, country: string): string {
  return `${slugify(city ?? '')}|${country.toUpperCase()}`;
}

/** The place for a city and country, created when new; a later zone fills a missing one. */
export function findOrCreatePlace(
  db: Db,
  location: { city: string | null; country: string },
  timezone: string | null,
): Place {
  const key = placeKey(location.city, location.country);
  const existing = db.select().from(places).where(eq(places.key, key)).get();
  if (existing) {
    if (!existing.timezone && timezone) {
      return db.update(places).set({ timezone }).where(eq(places.id, existing.id)).returning().get();
    }
    return existing;
  }
  return db
    .insert(places)
    .values({ key, city: location.city, country: location.country.toUpperCase(), timezone })
    .returning()
    .get();
}

export function searchPlaces(db: Db, query: string, limit = 20): Place[] {
  const pattern = `%${escapeLike(query.trim())}%`;
  return db
    .select()
    .from(places)
    .where(or(like(places.city, sql`${pattern} escape '\\'`), like(places.country, sql`${pattern} escape '\\'`)))
    .orderBy(asc(places.city))
    .limit(limit)
    .all();
}
