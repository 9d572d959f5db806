import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { events } from '../schema';
import type { EventLink } from '../../lib/events/event-link';

const LINK_COLUMNS = { id: events.id, title: events.title, kind: events.kind, startDate: events.startDate, status: events.status } as const;

/** The events that name `parentId` as theirs (a visit's meetings), by date; deleted ones left out. */
export function listChildEvents(db: Db, parentId: number): EventLink[] {
  return db
    .select(LINK_COLUMNS)
    .from(events)
    .where(and(eq(events.parentId, parentId), isNull(events.deletedAt)))
    .orderBy(asc(events.startDate), asc(events.id))
    .all();
}

/** Titles of the given events (deleted ones too: history still names them). */
export function eventTitles(db: Db, ids: number[]): Record<number, string> {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id));
  if (!unique.length) return {};
  const rows = db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, unique)).all();
  return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}
