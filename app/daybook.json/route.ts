import { buildDaybook } from '@/lib/events/daybook';
import { toEventJson } from '@/lib/events/event-json';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { readDaybook } from '../_lib/read-daybook';

export const dynamic = 'force-dynamic';

/** The daybook as JSON: its days, each with its places and their events (children beneath parents). */
export async function GET(request: Request) {
  try {
    const read = await readDaybook(request);
    if (read instanceof Response) return read;
    const days = buildDaybook(read.events, read.query);
    return jsonResponse({
      date: read.query.date,
      days: read.query.days,
      daybook: days.map((d) => ({ day: d.day, places: d.places.map((p) => ({ country: p.country, city: p.city, events: p.entries.map((e) => ({ ...toEventJson(e.event), children: e.children.map(toEventJson) })) })) })),
    });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
