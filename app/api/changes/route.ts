import { DateTime } from 'luxon';
import { getDb } from '@/db/client';
import { authorize, presentRevisionAuthors } from '@/db/access';
import { listChangesSince } from '@/db/queries/changes';
import { parseEventFilter } from '@/lib/events/event-filter';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { toEventJson } from '@/lib/events/event-json';
import { errorResponse, jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** `GET /api/changes?since=ISO&<timeline filter>`: what was created or changed since then. */
export async function GET(request: Request) {
  try {
    const viewer = await authorize(getDb(), request, 'read');
    const params = new URL(request.url).searchParams;
    const sinceRaw = params.get('since');
    const since = sinceRaw ? DateTime.fromISO(sinceRaw, { zone: 'utc' }) : DateTime.utc().minus({ days: 7 });
    if (!since.isValid) return errorResponse(400, 'since must be a date or an ISO instant', { since: ['Use a date (2026-11-01) or an instant (2026-11-01T09:00:00Z)'] });
    const filter = parseEventFilter(params);
    if (!filter.success) return errorResponse(400, 'The filter is not valid', collectFieldErrors(filter.error));
    const sinceIso = since.toUTC().toISO() ?? '';
    const changes = listChangesSince(getDb(), sinceIso, filter.data);
    const present = presentRevisionAuthors(getDb(), viewer);
    return jsonResponse({
      since: sinceIso,
      changes: changes.map(({ event, revisions }) => ({ event: toEventJson(event), revisions: present(revisions) })),
    });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
