import { daybookCsv } from '@/lib/events/daybook';
import { respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { readDaybook } from '../_lib/read-daybook';

export const dynamic = 'force-dynamic';

/** The daybook's events as CSV: one row per event, UTF-8 with a BOM, same parameters as the page. */
export async function GET(request: Request) {
  try {
    const read = await readDaybook(request);
    if (read instanceof Response) return read;
    return new Response(daybookCsv(read.events), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="daybook-${read.query.date}.csv"` } });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
