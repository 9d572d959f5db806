import { getDb } from '@/db/client';
import { deleteEvent, getEvent, updateEvent } from '@/db/queries/events';
import { eventTitles, listChildEvents } from '@/db/queries/related-events';
import { NotFoundError } from '@/lib/events/errors';
import { toEventJson } from '@/lib/events/event-json';
import { readDraft } from '@/lib/events/draft-input';
import { readExpectedVersion } from '@/lib/http/expected-version';
import { errorResponse, isPlainObject, jsonResponse, readJsonBody } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'read', params: ['id'] }, ({ params }) => {
  const id = parseRouteId(params.id, 'Event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) throw new NotFoundError(`Event ${id}`);
  // The page names the event it is part of and lists its own parts, by title.
  const parent = event.parentId === null ? null : { id: event.parentId, title: eventTitles(db, [event.parentId])[event.parentId] ?? null };
  return jsonResponse({ event: toEventJson(event), parent, children: listChildEvents(db, id) }, 200, { etag: `"${event.version}"` });
});

// Writes read their own body: an unknown id is a 404 before the body is looked at, and the draft's
// fields are checked by readDraft, the form's own rules.
export const PATCH = route({ access: 'write', params: ['id'] }, async ({ request, actor, params }) => {
  const id = parseRouteId(params.id, 'Event');
  const body = await readJsonBody(request);
  if (!isPlainObject(body)) return errorResponse(400, 'Send a JSON object with the fields to change');
  const version = readExpectedVersion(request, body);
  const { version: _version, reason, ...fields } = body;
  const patch = readDraft(fields, null).input;
  const event = updateEvent(getDb(), id, patch, version, actor.label, typeof reason === 'string' ? reason.slice(0, 500) : null);
  return jsonResponse({ event: toEventJson(event) }, 200, { etag: `"${event.version}"` });
});

export const DELETE = route({ access: 'write', params: ['id'] }, async ({ request, actor, params }) => {
  const id = parseRouteId(params.id, 'Event');
  // A DELETE may carry its version in If-Match alone, with no body.
  const body = await readJsonBody(request, { optional: true });
  if (body !== null && !isPlainObject(body)) return errorResponse(400, 'Send a JSON object such as { "version": 3 }');
  const version = readExpectedVersion(request, body);
  const reason = body && typeof body.reason === 'string' ? body.reason.slice(0, 500) : null;
  const event = deleteEvent(getDb(), id, version, actor.label, reason);
  return jsonResponse({ event: toEventJson(event) }, 200, { etag: `"${event.version}"` });
});

export const { POST, PUT } = rejectOtherMethods(['GET', 'PATCH', 'DELETE']);
