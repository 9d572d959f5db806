import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { readCountryPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/countries/{CC}`: incoming and outgoing visits, frequent visitors and destinations, upcoming events, feed. */
export async function GET(request: Request, context: { params: Promise<{ code: string }> }) {
  try {
    await authorize(getDb(), request, 'read');
    const raw = (await context.params).code;
    const page = readCountryPage(raw);
    if (!page) throw new NotFoundError(`Country ${raw}`);
    return jsonResponse({ country: { code: page.code, name: page.name }, ...page.profile, feed: `/feeds/country/${page.code}.ics`, timeline: `/?country=${page.code}` });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
