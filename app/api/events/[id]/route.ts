import { getDb } from '@/db/client';
import { deleteEvent, getEvent, updateEvent } from '@/db/queries/events';
import { eventTitles, listChildEvents } from '@/db/queries/related-events';
import { NotFoundError } from '@/lib/events/errors';
import { toEventJson } from '@/lib/events/event-json';
import { readDraft } from '@/lib/events/draft-input';
import { readExpectedVersion } from '@/lib/http/expected-version';
import { errorResponse, isPlainObject, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { authorize } from '@/db/access';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  try {
    await authorize(getDb(), request, 'read');
    const id = parseRouteId((await context.params).id, 'Event');
    const db = getDb();
    const event = getEvent(db, id);
    if (!event) throw new NotFoundError(`Event ${id}`);
    // The page names the event it is part of and lists its own parts, by title.
    const parent = event.parentId === null ? null : { id: event.parentId, title: eventTitles(db, [event.parentId])[event.parentId] ?? null };
    return jsonResponse({ event: toEventJson(event), parent, children: listChildEvents(db, id) }, 200, { etag: `"${event.version}"` });
  } catch (error) {
    return respondToError(error);
  }
}

export async function PATCH(request: Request, context: Context) {
  try {
    const actor = (await authorize(getDb(), request, 'write')).label;
    const id = parseRouteId((await context.params).id, 'Event');
    const body = await readJsonBody(request);
    if (!isPlainObject(body)) return errorResponse(400, 'Send a JSON object with the fields to change');
    const version = readExpectedVersion(request, body);
    const { version: _version, reason, ...fields } = body;
    const patch = readDraft(fields, null).input;
    const event = updateEvent(getDb(), id, patch, version, actor, typeof reason === 'string' ? reason.slice(0, 500) : null);
    return jsonResponse({ event: toEventJson(event) }, 200, { etag: `"${event.version}"` });
  } catch (error) {
    return respondToError(error);
  }
}

export async function DELETE(request: Request, context: Context) {
  try {
    const actor = (await authorize(getDb(), request, 'write')).label;
    const id = parseRouteId((await context.params).id, 'Event');
    // A DELETE may carry its version in If-Match alone, with no body.
    const body = await readJsonBody(request, { optional: true });
    if (body !== null && !isPlainObject(body)) return errorResponse(400, 'Send a JSON object such as { "version": 3 }');
    const version = readExpectedVersion(request, body);
    const reason = body && typeof body.reason === 'string' ? body.reason.slice(0, 500) : null;
    const event = deleteEvent(getDb(), id, version, actor, reason);
    return jsonResponse({ event: toEventJson(event) }, 200, { etag: `"${event.version}"` });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT } = rejectOtherMethods(['GET', 'PATCH', 'DELETE']);
