import { inArray, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { evidence, sources } from '../schema';
import type { SourceRecord } from '../../lib/events/event-record';
import type { ValidEventInput } from '../../lib/events/event-input-schema';
import { nowUtcIso } from '../../lib/time/zones';

type SourceInput = ValidEventInput['sources'][number];

/** Attaches sources to an event; an article already saved (same URL) is reused, not duplicated. */
export function attachSources(db: Db, eventId: number, inputs: SourceInput[], textHash: string | null = null): void {
  for (const input of inputs) {
    // The same article reached twice (by URL, or pasted again) stays one source.
    const existing = input.url
      ? db.select().from(sources).where(eq(sources.url, input.url)).get()
      : textHash
        ? db.select().from(sources).where(eq(sources.textHash, textHash)).get()
        : undefined;
    const source =
      existing ??
      db
        .insert(sources)
        .values({
          url: input.url,
          publisher: input.publisher,
          language: input.language,
          published: input.published,
          textHash,
          createdAt: nowUtcIso(),
        })
        .returning()
        .get();
    const spans = input.evidence.length ? input.evidence : [{ start: null, end: null }];
    for (const span of spans) {
      db.insert(evidence)
        .values({ eventId, sourceId: source.id, start: span.start, end: span.end, quote: input.quote })
        .run();
    }
  }
}

export function loadSourcesByEvent(db: Db, eventIds: number[]): Map<number, SourceRecord[]> {
  const result = new Map<number, SourceRecord[]>();
  if (eventIds.length === 0) return result;
  const rows = db
    .select({ evidence, source: sources })
    .from(evidence)
    .innerJoin(sources, eq(evidence.sourceId, sources.id))
    .where(inArray(evidence.eventId, eventIds))
    .all();
  for (const { evidence: span, source } of rows) {
    const list = result.get(span.eventId) ?? [];
    let record = list.find((s) => s.id === source.id);
    if (!record) {
      record = {
        id: source.id,
        url: source.url,
        publisher: source.publisher,
        language: source.language,
        published: source.published,
        evidence: [],
      };
      list.push(record);
    }
    if (span.start !== null || span.quote) record.evidence.push({ start: span.start, end: span.end, quote: span.quote });
    result.set(span.eventId, list);
  }
  return result;
}
