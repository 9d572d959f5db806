import { afterAll, describe, expect, it } from 'vitest';
import { dismissClash, findClashDismissal, listDismissedPairs, listEventDismissals, undoClashDismissal } from '../../db/queries/clash-dismissals';
import { createEvent } from '../../db/queries/events';
import { eventPairKey } from '../../lib/events/clash-dismissals';
import type { EventInput } from '../../lib/events/event-input-schema';
import { createTempDatabase } from '../support/temp-database';

// db/queries/clash-dismissals.ts against a real SQLite file (issue 15).
const database = createTempDatabase();
afterAll(() => database.cleanup());

const meeting = (title: string, city: string, country: string, start: string): EventInput =>
  ({ kind: 'meeting', title, start, location: { city, country }, participants: [{ name: 'Penny Wong' }] }) as EventInput;

describe('clash dismissal queries', () => {
  it('store the pair lower id first, so either order finds, lists and undoes it', () => {
    const db = database.db();
    const canberra = createEvent(db, meeting('Wong in Canberra', 'Canberra', 'AU', '2027-08-03'), 'test');
    const jakarta = createEvent(db, meeting('Wong in Jakarta', 'Jakarta', 'ID', '2027-08-03'), 'test');
    const made = dismissClash(db, { a: jakarta.id, b: canberra.id, reason: null }, 'user:ed@example.org');
    expect(made.outcome).toBe('created');
    expect(findClashDismissal(db, canberra.id, jakarta.id)).toMatchObject({ lowEventId: canberra.id, highEventId: jakarta.id, actor: 'user:ed@example.org', reason: null });
    expect(listEventDismissals(db, jakarta.id).map((d) => d.other.id)).toEqual([canberra.id]);
    expect(listEventDismissals(db, canberra.id).map((d) => d.other.id)).toEqual([jakarta.id]);
    expect(undoClashDismissal(db, jakarta.id, canberra.id)).toBe(true);
    expect(undoClashDismissal(db, jakarta.id, canberra.id)).toBe(false);
    expect(findClashDismissal(db, canberra.id, jakarta.id)).toBeNull();
  });

  it('find the dismissed pairs of more events than one statement can bind', () => {
    const db = database.db();
    const a = createEvent(db, meeting('Wong in Suva', 'Suva', 'FJ', '2027-09-01'), 'test');
    const b = createEvent(db, meeting('Wong in Apia', 'Apia', 'WS', '2027-09-01'), 'test');
    dismissClash(db, { a: a.id, b: b.id }, 'test');
    const many = Array.from({ length: 1_500 }, (_, i) => 1_000_000 + i);
    expect(listDismissedPairs(db, [...many, b.id])).toEqual(new Set([eventPairKey(a.id, b.id)]));
    expect(listDismissedPairs(db, many)).toEqual(new Set());
    expect(listDismissedPairs(db, [])).toEqual(new Set());
  });

  it('refuse a pair out of order in the table itself, and go with an event removed from the file', () => {
    const db = database.db();
    const a = createEvent(db, meeting('Wong in Dili', 'Dili', 'TL', '2027-10-01'), 'test');
    const b = createEvent(db, meeting('Wong in Port Moresby', 'Port Moresby', 'PG', '2027-10-01'), 'test');
    const insert = db.$client.prepare("insert into clash_dismissals (low_event_id, high_event_id, actor, created_at) values (?, ?, 'test', '2027-01-01T00:00:00Z')");
    expect(() => insert.run(b.id, a.id)).toThrow(/CHECK constraint failed/);
    insert.run(a.id, b.id);
    db.$client.prepare('delete from events where id = ?').run(b.id);
    expect(findClashDismissal(db, a.id, b.id)).toBeNull();
  });
});
