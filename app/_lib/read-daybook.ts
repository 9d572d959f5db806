import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { listEvents } from '@/db/queries/events';
import { daybookFilter, parseDaybookQuery, type DaybookQuery } from '@/lib/events/daybook';
import type { EventRecord } from '@/lib/events/event-record';
import { errorResponse } from '@/lib/http/json-responses';
import { nowUtcIso } from '@/lib/time/zones';

/**
 * What the daybook's exports share: read access, the page's parameters (400 with a message per
 * bad one), and the events of those days.
 */
export async function readDaybook(request: Request): Promise<Response | { query: DaybookQuery; events: EventRecord[] }> {
  await authorize(getDb(), request, 'read');
  const parsed = parseDaybookQuery(new URL(request.url).searchParams, nowUtcIso().slice(0, 10));
  if (!parsed.success) return errorResponse(400, 'The daybook parameters are not valid', Object.fromEntries(parsed.issues.map((i) => [i.path.join('.') || 'query', [i.message]])));
  return { query: parsed.data, events: listEvents(getDb(), daybookFilter(parsed.data)) };
}
