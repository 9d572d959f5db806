import { DateTime } from 'luxon';
import { getDb } from '@/db/client';
import { presentRevisionAuthors } from '@/db/access';
import { listChangesSince, listPersonMergesInView } from '@/db/queries/changes';
import { parseEventFilter } from '@/lib/events/event-filter';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { toEventJson } from '@/lib/events/event-json';
import { toPersonMergeJson } from '@/lib/events/person-merge';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/changes?since=ISO&<timeline filter>`: what was created or changed since then, and the
 * people merged since (`merges`). `since`
 * is checked before the filter, with its own message, so both are read here rather than by route().
 */
export const GET = route({ access: 'read' }, ({ request, actor: viewer }) => {
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
    merges: present(listPersonMergesInView(getDb(), sinceIso, filter.data, changes).map(toPersonMergeJson)),
  });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
