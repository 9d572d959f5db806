import { getDb } from '@/db/client';
import { listDraftClashes } from '@/db/queries/clashes';
import { toEventJson } from '@/lib/events/event-json';
import { errorResponse, isPlainObject, jsonResponse, readJsonBody } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/clashes/check {event, id?}`: the saved events an event as typed would clash with, for
 * the form's warning before save (a warning, never a block). Writes nothing. The event is checked
 * as the form has it, not by a schema: the body is read here.
 */
export const POST = route({ access: 'read' }, async ({ request }) => {
  const body = await readJsonBody(request);
  if (!isPlainObject(body) || !isPlainObject(body.event)) return errorResponse(400, 'Send { "event": {…}, "id"?: number }', { event: ['Send the event as typed'] });
  const id = typeof body.id === 'number' && Number.isSafeInteger(body.id) ? body.id : null;
  const clashes = listDraftClashes(getDb(), body.event, id);
  return jsonResponse({ clashes: clashes.map(({ person, event }) => ({ person, event: toEventJson(event) })) });
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
