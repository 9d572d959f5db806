import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../client';
import { clashDismissals } from '../schema';
import { eventPairKey, orderEventPair, type ClashDismissalInput } from '../../lib/events/clash-dismissals';
import { NotFoundError } from '../../lib/events/errors';
import type { EventRecord } from '../../lib/events/event-record';
import { findClashes } from '../../lib/events/find-clashes';
import { nowUtcIso } from '../../lib/time/zones';
import { getEvent, getEventsByIds } from './events';

export type ClashDismissal = typeof clashDismissals.$inferSelect;

export type DismissClashOutcome =
  | { outcome: 'created' | 'existing'; dismissal: ClashDismissal }
  /** the two events place nobody twice: there is nothing to dismiss */
  | { outcome: 'no-clash' };

export function findClashDismissal(db: Db, a: number, b: number): ClashDismissal | null {
  const [low, high] = orderEventPair(a, b);
  return db.select().from(clashDismissals).where(and(eq(clashDismissals.lowEventId, low), eq(clashDismissals.highEventId, high))).get() ?? null;
}

/**
 * Records that two events are not a clash. Touches neither event: no version, no revision, no
 * updated time, so their iCal SEQUENCE stays. Asking again answers the dismissal already made
 * (who, when and why stay the first ones). Throws NotFoundError when an event was never saved.
 */
export function dismissClash(db: Db, input: ClashDismissalInput, actor: string): DismissClashOutcome {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const [first, second] = [getEvent(txDb, input.a), getEvent(txDb, input.b)];
    if (!first) throw new NotFoundError(`Event ${input.a}`);
    if (!second) throw new NotFoundError(`Event ${input.b}`);
    const existing = findClashDismissal(txDb, input.a, input.b);
    if (existing) return { outcome: 'existing', dismissal: existing };
    if (findClashes([first, second]).length === 0) return { outcome: 'no-clash' };
    const [lowEventId, highEventId] = orderEventPair(input.a, input.b);
    const dismissal = txDb
      .insert(clashDismissals)
      .values({ lowEventId, highEventId, actor, reason: input.reason || null, createdAt: nowUtcIso() })
      .returning()
      .get();
    return { outcome: 'created', dismissal };
  });
}

/** Undoes a dismissal: the clash is open again. False when there was none. */
export function undoClashDismissal(db: Db, a: number, b: number): boolean {
  const [low, high] = orderEventPair(a, b);
  return db.delete(clashDismissals).where(and(eq(clashDismissals.lowEventId, low), eq(clashDismissals.highEventId, high))).run().changes > 0;
}

/** SQLite takes a bounded number of bound values per statement. */
const IDS_PER_QUERY = 500;

/**
 * The dismissed pairs touching any of these events, as eventPairKey keys. Through the pair index
 * and the high side's index: clashes are few, so this is a handful of lookups, never a scan.
 */
export function listDismissedPairs(db: Db, eventIds: readonly number[]): Set<string> {
  const ids = [...new Set(eventIds)];
  const pairs = new Set<string>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const rows = db
      .select({ low: clashDismissals.lowEventId, high: clashDismissals.highEventId })
      .from(clashDismissals)
      .where(or(inArray(clashDismissals.lowEventId, chunk), inArray(clashDismissals.highEventId, chunk)))
      .all();
    for (const row of rows) pairs.add(eventPairKey(row.low, row.high));
  }
  return pairs;
}

export interface EventDismissal {
  dismissal: ClashDismissal;
  /** the other event of the pair */
  other: EventRecord;
}

/** The dismissals one event is part of, oldest first, each with the other event: for its page. */
export function listEventDismissals(db: Db, eventId: number): EventDismissal[] {
  const rows = db
    .select()
    .from(clashDismissals)
    .where(or(eq(clashDismissals.lowEventId, eventId), eq(clashDismissals.highEventId, eventId)))
    .orderBy(clashDismissals.createdAt, clashDismissals.id)
    .all();
  const otherId = (row: ClashDismissal) => (row.lowEventId === eventId ? row.highEventId : row.lowEventId);
  const others = new Map(getEventsByIds(db, rows.map(otherId)).map((e) => [e.id, e]));
  return rows.flatMap((dismissal) => {
    const other = others.get(otherId(dismissal));
    return other ? [{ dismissal, other }] : [];
  });
}
