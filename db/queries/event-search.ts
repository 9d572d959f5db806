import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { events } from '../schema';
import { formatCountryName } from '../../lib/events/countries';
import type { EventRecord } from '../../lib/events/event-record';

/** Rewrites an event's search row from its saved state; called inside the write's transaction. */
export function indexEventText(db: Db, event: EventRecord): void {
  const people = event.participants.map((p) => [p.name, p.role, p.organization, formatCountryName(p.country)].filter(Boolean).join(' ')).join(' ');
  const places = event.place ? [event.place.city, event.place.country, formatCountryName(event.place.country)].filter(Boolean).join(' ') : '';
  db.run(sql`delete from events_fts where rowid = ${event.id}`);
  db.run(sql`insert into events_fts (rowid, title, people, places) values (${event.id}, ${event.title}, ${people}, ${places})`);
}

/**
 * The analyst's words as an FTS5 query: every word must appear, each as a prefix ("wash" finds
 * Washington). Only letters and digits pass, so no FTS syntax can be injected.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((word) => `"${word}"*`).join(' ');
}

/** SQL condition: the event matches the text (title, people, roles, places). */
export function matchesText(text: string): SQL | null {
  const query = toFtsQuery(text);
  if (!query) return null;
  return sql`${events.id} in (select rowid from events_fts where events_fts match ${query})`;
}
