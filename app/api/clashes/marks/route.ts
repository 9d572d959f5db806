import { getDb } from '@/db/client';
import { listClashes } from '@/db/queries/clashes';
import { readDataVersion } from '@/db/queries/data-version';
import { markClashedEvents } from '@/lib/events/clash-marks';
import { eventFilterSchema } from '@/lib/events/event-filter';
import { respondWithJsonMemo, sharedJsonMemo } from '@/lib/http/json-memo';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/clashes/marks?<timeline filter>`: for each event of an open clash in the window, the
 * other event and whom it places twice: `{ marks: { "<event id>": [{ person, event }] } }`. The
 * timeline asks once per month it holds, beside its events; remembered until the database changes.
 */
export const GET = route({ access: 'read', query: eventFilterSchema, invalid: 'The filter is not valid' }, ({ request, query }) => {
  const db = getDb();
  const key = `clash-marks?${new URL(request.url).searchParams.toString()}`;
  const entry = sharedJsonMemo.resolve(key, readDataVersion(db), () => ({ marks: markClashedEvents(listClashes(db, query)) }));
  return respondWithJsonMemo(request, entry);
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
