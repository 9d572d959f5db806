import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { clashCandidatesQuery, listDraftClashes } from '../../db/queries/clashes';
import { clashBenchPersonName, seedClashEvents } from '../bench/clashes/seed-clash-events';
import { createTempDatabase } from '../support/temp-database';

// Issue 15: "the query that finds candidates uses an index (no scan of all events per save)".
const database = createTempDatabase();
afterAll(() => database.cleanup());

describe('the clash check finds its candidates through indexes (issue 15)', () => {
  const seeded = seedClashEvents(database.db(), 5_000);
  const ids = seeded.personIds.slice(0, 2);

  it('SQLite plans the candidate query as index searches only, never a scan of events or participants', () => {
    const plan = database.db().all<{ detail: string }>(sql`explain query plan ${clashCandidatesQuery(ids, '2025-03-12', '2025-03-14', null)}`).map((row) => row.detail);
    expect(plan.filter((line) => /^SCAN /.test(line))).toEqual([]);
    // Short events by their start within the days and the two weeks before; long ones by their length.
    expect(plan).toContain('SEARCH events USING INDEX events_range_idx (start_date>? AND start_date<?)');
    expect(plan).toContain('SEARCH events USING INDEX events_span_idx (<expr>>?)');
    expect(plan.filter((line) => line.includes(' ep ')).every((line) => line.includes('USING COVERING INDEX sqlite_autoindex_event_participants_1'))).toBe(true);
  });

  it('finds the same events as reading every event would, short and long ones alike', () => {
    const db = database.db();
    // A three-week conference of the busiest person, which the window of short events cannot see.
    const long = db.$client
      .prepare("insert into events (kind, title, status, certainty, all_day, start_date, end_date, place_id, version, created_at, updated_at) values ('conference', 'A long conference', 'held', 'confirmed', 1, '2025-02-20', '2025-03-13', (select id from places where city = 'Geneva'), 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
      .run().lastInsertRowid;
    db.$client.prepare('insert into event_participants (event_id, person_id, position) values (?, ?, 0)').run(long, ids[0]);
    for (const [from, to] of [['2025-03-12', '2025-03-12'], ['2024-01-01', '2024-01-31'], ['2027-06-30', '2027-07-02']]) {
      const found = db.all<{ id: number }>(clashCandidatesQuery(ids, from, to, null)).map((r) => r.id).sort((a, b) => a - b);
      const everything = db.$client
        .prepare(`select distinct e.id as id from events e join event_participants ep on ep.event_id = e.id where ep.person_id in (?, ?) and e.start_date <= ? and e.end_date >= ? and e.deleted_at is null order by e.id`)
        .all(ids[0], ids[1], to, from)
        .map((r) => (r as { id: number }).id);
      expect(found).toEqual(everything);
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('is what the form\'s check uses: a draft of the busiest person on the long conference\'s days names it', () => {
    const clashes = listDraftClashes(database.db(), { kind: 'meeting', title: 'Draft', start: '2025-03-01', location: { city: 'Lima', country: 'PE' }, participants: [{ name: clashBenchPersonName(0) }] }, null);
    expect(clashes.map((c) => c.event.title)).toContain('A long conference');
  });
});
