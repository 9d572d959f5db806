import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { evidence, sources } from '../schema';
import type { SourceRecord } from '../../lib/events/event-record';
import type { ValidEventInput } from '../../lib/events/event-input-schema';
import { nowUtcIso } from '../../lib/time/zones';

type SourceInput = ValidEventInput['sources'][number];
type SourceRow = typeof sources.$inferSelect;
type EvidenceRow = typeof evidence.$inferSelect;
type Span = Pick<EvidenceRow, 'start' | 'end' | 'quote'>;

/**
 * Attaches sources to an event and says which of them added anything (for its revision). An
 * article already saved is reused, and evidence the event already has is not added again, so
 * merging the same article twice changes nothing. Each span keeps its own quote.
 */
export function attachSources(db: Db, eventId: number, inputs: SourceInput[], textHash: string | null = null): string[] {
  const added: string[] = [];
  for (const input of inputs) {
    const existing = findSameSource(db, eventId, input, textHash);
    const spans: Span[] = input.evidence.length
      ? input.evidence.map((span) => ({ start: span.start, end: span.end, quote: span.quote ?? input.quote }))
      : [{ start: null, end: null, quote: input.quote }];
    const known = existing ? db.select().from(evidence).where(and(eq(evidence.eventId, eventId), eq(evidence.sourceId, existing.id))).all() : [];
    const fresh: Span[] = [];
    for (const span of spans) if (![...known, ...fresh].some((row) => isSameEvidence(row, span))) fresh.push(span);
    if (fresh.length === 0) continue;
    const source = existing ? adoptIdentity(db, existing, input, textHash) : insertSource(db, input, textHash);
    const handTyped = known.filter((row) => row.start === null && row.quote !== null);
    for (const span of fresh) {
      // A quote typed in by hand, now found in the article, gains its place instead of a twin.
      const located = span.start !== null ? handTyped.findIndex((row) => row.quote === span.quote) : -1;
      if (located >= 0) db.update(evidence).set({ start: span.start, end: span.end }).where(eq(evidence.id, handTyped.splice(located, 1)[0].id)).run();
      else db.insert(evidence).values({ eventId, sourceId: source.id, ...span }).run();
    }
    added.push(input.url ?? input.publisher ?? 'source');
  }
  return added;
}

/**
 * The saved source this input is: the same URL, else the same text, else (for an article pasted
 * without a URL) a source of this event typed in by hand from the same publisher on the same day,
 * which the page could not tell apart from it anyway.
 */
function findSameSource(db: Db, eventId: number, input: SourceInput, textHash: string | null): SourceRow | undefined {
  const byUrl = input.url ? db.select().from(sources).where(eq(sources.url, input.url)).get() : undefined;
  if (byUrl) return byUrl;
  const byText = textHash ? db.select().from(sources).where(eq(sources.textHash, textHash)).get() : undefined;
  if (byText || !input.publisher || !input.published) return byText;
  const handTyped = db
    .selectDistinct({ source: sources })
    .from(sources)
    .innerJoin(evidence, eq(evidence.sourceId, sources.id))
    .where(and(eq(evidence.eventId, eventId), isNull(sources.url), isNull(sources.textHash), eq(sources.publisher, input.publisher), eq(sources.published, input.published)))
    .all()
    .map((row) => row.source);
  return handTyped.find((source) => !source.language || !input.language || source.language === input.language);
}

function isSameEvidence(row: Span, span: Span): boolean {
  if (span.start !== null) return row.start === span.start && row.end === span.end;
  return row.start === null && row.quote === span.quote;
}

/** A source typed in by hand keeps the URL and text it is now known by. */
function adoptIdentity(db: Db, source: SourceRow, input: SourceInput, textHash: string | null): SourceRow {
  const url = source.url ?? input.url;
  const hash = source.textHash ?? textHash;
  if (url === source.url && hash === source.textHash) return source;
  return db.update(sources).set({ url, textHash: hash }).where(eq(sources.id, source.id)).returning().get();
}

function insertSource(db: Db, input: SourceInput, textHash: string | null): SourceRow {
  return db
    .insert(sources)
    .values({ url: input.url, publisher: input.publisher, language: input.language, published: input.published, textHash, createdAt: nowUtcIso() })
    .returning()
    .get();
}

export function loadSourcesByEvent(db: Db, eventIds: number[]): Map<number, SourceRecord[]> {
  const result = new Map<number, SourceRecord[]>();
  if (eventIds.length === 0) return result;
  // The ids as one JSON array: no statement with thousands of bound parameters.
  const rows = db.all<EvidenceSpanRow>(
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

type EvidenceSpanRow = {
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
