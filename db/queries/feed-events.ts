import { DateTime } from 'luxon';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { events } from '../schema';
import type { EventFilter } from '../../lib/events/event-filter';
import type { EventRecord } from '../../lib/events/event-record';
import { CANCELLED_RETENTION_DAYS, selectFeedEvents } from '../../lib/feeds/select-feed-window';
import { nowUtcIso } from '../../lib/time/zones';
import { listEvents } from './events';
import { readDataVersion } from './data-version';

export interface FeedEvents {
  events: EventRecord[];
  /** start of the UTC day the window was computed for */
  asOf: string;
  /** newest change of any event: a floor for Last-Modified, which must never go backwards */
  newestChange: string | null;
  parentTitles: Map<number, string>;
}

/** The events a feed carries: the window (past N days and the future) plus recent cancellations. */
export function listFeedEvents(db: Db, filter: EventFilter, pastDays: number): FeedEvents {
  const today = DateTime.utc().startOf('day');
  const from = today.minus({ days: pastDays + 1 }).toISODate() ?? undefined;
  const candidates = listEvents(
    db,
    { ...filter, from: filter.from && from && filter.from > from ? filter.from : from },
    { includeDeletedSince: today.minus({ days: CANCELLED_RETENTION_DAYS }).toISO() ?? undefined },
  );
  const window = selectFeedEvents(candidates, { pastDays });
  const newestChange = db.select({ at: sql<string | null>`max(${events.updatedAt})` }).from(events).get()?.at ?? null;
  const missingParents = [...new Set(window.events.map((e) => e.parentId).filter((id): id is number => id !== null))];
  const parentTitles = new Map<number, string>();
  if (missingParents.length) {
    for (const row of db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, missingParents)).all()) {
      parentTitles.set(row.id, row.title);
    }
  }
  return { events: window.events, asOf: window.asOf, newestChange, parentTitles };
}

/**
 * Changes whenever any feed's content could: a new day (events age out), any write anywhere (an
 * edit can move an event out of a filtered feed, a new person can fill a person feed). Constant
 * time, so a revalidation (304) needs neither loading nor rendering events, nor a table scan.
 */
export function readFeedSignature(db: Db, pastDays: number): string {
  return `${pastDays}|${nowUtcIso().slice(0, 10)}|${readDataVersion(db)}`;
}
