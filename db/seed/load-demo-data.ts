import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { events } from '../schema';
import { createEventBatch } from '../queries/events';
import { DEMO_BATCHES } from './demo-events';

export function countEvents(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(events).get()?.n ?? 0;
}

/** Loads the demo calendar into an empty database; a database with events is left alone. */
export function loadDemoData(db: Db): number {
  if (countEvents(db) > 0) return 0;
  let created = 0;
  db.transaction((tx) => {
    for (const batch of DEMO_BATCHES) {
      const drafts = [
        { ref: 'parent', input: batch.event },
        ...(batch.children ?? []).map((input) => ({ parentRef: 'parent', input })),
      ];
      created += createEventBatch(tx as unknown as Db, drafts, 'demo-data').length;
    }
  });
  return created;
}
