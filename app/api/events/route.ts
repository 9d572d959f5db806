import { getDb } from '@/db/client';
import { createEvent, createEventBatch, listEvents } from '@/db/queries/events';
import { eventFilterSchema } from '@/lib/events/event-filter';
import { toEventJson } from '@/lib/events/event-json';
import { readDraft } from '@/lib/events/draft-input';
import { checkBatchReferences, checkEvidenceWithinText } from '@/lib/events/batch-references';
import { errorResponse, isPlainObject, jsonResponse, readJsonBody } from '@/lib/http/json-responses';
import { readDataVersion } from '@/db/queries/data-version';
import { respondWithJsonMemo, sharedJsonMemo } from '@/lib/http/json-memo';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'read', query: eventFilterSchema, invalid: 'The filter is not valid' }, ({ request, query }) => {
  const db = getDb();
  // Remembered until the database changes: every reload of the same view asks for the same window.
  const entry = sharedJsonMemo.resolve(new URL(request.url).searchParams.toString(), readDataVersion(db), () => ({
    events: listEvents(db, query).map(toEventJson),
  }));
  return respondWithJsonMemo(request, entry);
});

/**
 * One event, or `{ events: [drafts], source }` to save an extraction in one transaction. The body
 * is read here: which of the two it is decides how it is checked (readDraft, the form's rules).
 */
export const POST = route({ access: 'write' }, async ({ request, actor }) => {
  const body = await readJsonBody(request);
  if (!isPlainObject(body)) return errorResponse(400, 'Send a JSON object: an event, or { "events": [...] }');
  if (Array.isArray(body.events)) {
    if (body.events.length === 0) return errorResponse(400, 'The batch has no events', { events: ['Add at least one event'] });
    if (body.events.length > 2000) return errorResponse(400, 'At most 2000 events per batch', { events: ['At most 2000 events per batch'] });
    const source = isPlainObject(body.source) ? body.source : null;
    const drafts = body.events.map((item) => readDraft(item, source));
    const problems = { ...checkBatchReferences(drafts), ...checkEvidenceWithinText(body.events, source?.text) };
    if (Object.keys(problems).length) return errorResponse(400, 'Some drafts of the batch are not valid', problems);
    const created = createEventBatch(getDb(), drafts, actor.label);
    return jsonResponse({ events: created.map(toEventJson) }, 201);
  }
  const event = createEvent(getDb(), readDraft(body, null).input, actor.label);
  return jsonResponse({ event: toEventJson(event) }, 201, { location: `/api/events/${event.id}`, etag: `"${event.version}"` });
});

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
