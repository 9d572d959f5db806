import { eq, sql } from 'drizzle-orm';
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
  // The ids as one JSON array: no statement with thousands of bound parameters.
  const rows = db.all<EvidenceRow>(
    sql`select v.event_id as eventId, v.start as start, v."end" as "end", v.quote as quote, s.id as sourceId,
               s.url as url, s.publisher as publisher, s.language as language, s.published as published
        from evidence v join sources s on s.id = v.source_id
        where v.event_id in (select value from json_each(${JSON.stringify(eventIds)}))
        order by v.id`,
  );
  for (const span of rows) {
    const list = result.get(span.eventId) ?? [];
    let record = list.find((s) => s.id === span.sourceId);
    if (!record) {
      record = {
        id: span.sourceId,
        url: span.url,
        publisher: span.publisher,
        language: span.language,
        published: span.published,
        evidence: [],
      };
      list.push(record);
    }
    if (span.start !== null || span.quote) record.evidence.push({ start: span.start, end: span.end, quote: span.quote });
    result.set(span.eventId, list);
  }
  return result;
}

type EvidenceRow = {
  eventId: number;
  start: number | null;
  end: number | null;
  quote: string | null;
  sourceId: number;
  url: string | null;
  publisher: string | null;
  language: string | null;
  published: string | null;
};
