import { createHash } from 'node:crypto';
import type { Db } from '../client';
import type { EventRecord } from '../../lib/events/event-record';
import type { EventInput } from '../../lib/events/event-input-schema';
import type { IngestRequest } from '../../lib/events/ingest-schema';
import { readDraft } from '../../lib/events/draft-input';
import { isPlainObject } from '../../lib/http/json-responses';
import { NotFoundError, ValidationError } from '../../lib/events/errors';
import { createEvent, getEvent, recordToInput, updateEvent } from './events';

export interface IngestResult {
  created: EventRecord[];
  merged: EventRecord[];
  skipped: number;
}

const QUOTE_MAX = 1000;

/**
 * Saves an analyst's review of one article in a single transaction: new events are created,
 * merged ones gain the source, new participants and only the fields the analyst confirmed.
 * A meeting whose visit was merged hangs under the saved visit. Any error saves nothing.
 */
export function ingestDrafts(db: Db, request: IngestRequest, actor: string): IngestResult {
  const { text, ...sourceFields } = request.source;
  const textHash = text ? createHash('sha256').update(text).digest('hex') : null;
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const savedIdByRef = new Map<string, number>();
    const result: IngestResult = { created: [], merged: [], skipped: 0 };

    // Every draft id that will be saved, so a parent named but skipped (or absent) is refused, not
    // dropped; parents are saved first, wherever they stand in the review.
    const savedRefs = new Set(request.items.filter((item) => item.action !== 'skip' && typeof item.draft.id === 'string').map((item) => item.draft.id as string));
    const parentsFirst = [...request.items.keys()].sort((a, b) => Number(typeof request.items[a].draft.parent === 'string') - Number(typeof request.items[b].draft.parent === 'string'));
    parentsFirst.forEach((index) => {
      const item = request.items[index];
      const withPrefix = (error: unknown) =>
        error instanceof ValidationError
          ? new ValidationError(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`items.${index}.${k}`, v])))
          : error;
      const { ref, parentRef, input } = readDraft(quoteEvidence(item.draft, text), sourceFields);
      if (item.action === 'skip') {
        result.skipped++;
        return;
      }
      try {
        if (item.action === 'create') {
          if (parentRef && !savedRefs.has(parentRef)) {
            throw new ValidationError({ 'draft.parent': [`No draft saved with this one has the id "${parentRef}": clear the parent or save it too`] });
          }
          const parentId = parentRef ? savedIdByRef.get(parentRef) ?? null : (input.parentId ?? null);
          const created = createEvent(txDb, { ...input, parentId }, actor, textHash);
          if (ref) savedIdByRef.set(ref, created.id);
          result.created.push(created);
          return;
        }
        if (!item.mergeInto) throw new ValidationError({ mergeInto: ['Say which saved event to merge into'] });
        const target = getEvent(txDb, item.mergeInto.id);
        if (!target) throw new NotFoundError(`Event ${item.mergeInto.id}`);
        const merged = updateEvent(txDb, target.id, mergePatch(target, input, item.mergeInto.fields), item.mergeInto.version, actor, `merged from ${sourceFields.publisher ?? sourceFields.url ?? 'an article'}`, textHash);
        if (ref) savedIdByRef.set(ref, merged.id);
        result.merged.push(merged);
      } catch (error) {
        throw withPrefix(error);
      }
    });
    return result;
  });
}

/** Each evidence span of a draft with its own words from the article, when the text is at hand. */
function quoteEvidence(draft: Record<string, unknown>, text: string): Record<string, unknown> {
  if (!text || !Array.isArray(draft.evidence)) return draft;
  const quoted = draft.evidence.map((span: unknown) => {
    if (!isPlainObject(span) || typeof span.start !== 'number' || typeof span.end !== 'number') return span;
    return { ...span, quote: text.slice(span.start, Math.min(span.end, span.start + QUOTE_MAX)) };
  });
  return { ...draft, evidence: quoted };
}

/** The saved event plus the draft's new people and source, and only the confirmed fields. */
function mergePatch(target: EventRecord, draft: EventInput, fields: string[]): Partial<EventInput> {
  const known = new Set(target.participants.map((p) => p.name.toLocaleLowerCase()));
  const added = (draft.participants ?? []).filter((p) => !known.has(p.name.trim().toLocaleLowerCase()));
  const patch: Partial<EventInput> = {
    participants: [...recordToInput(target).participants, ...added],
    sources: draft.sources ?? [],
  };
  for (const field of fields) (patch as Record<string, unknown>)[field] = (draft as Record<string, unknown>)[field];
  return patch;
}
