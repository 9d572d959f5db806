import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { listClashes } from '@/db/queries/clashes';
import { parseEventFilter } from '@/lib/events/event-filter';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { toEventJson } from '@/lib/events/event-json';
import { errorResponse, jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** `GET /api/clashes?from&to&person&country…`: one person placed in two places at once, per the timeline's filter. */
export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'read');
    const filter = parseEventFilter(new URL(request.url).searchParams);
    if (!filter.success) return errorResponse(400, 'The filter is not valid', collectFieldErrors(filter.error));
    const clashes = listClashes(getDb(), filter.data);
    return jsonResponse({ clashes: clashes.map(({ person, events }) => ({ person, events: events.map(toEventJson) })) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
