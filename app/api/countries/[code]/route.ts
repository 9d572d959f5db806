import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';
import { readCountryPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/countries/{CC}`: incoming and outgoing visits, frequent visitors and destinations, upcoming events, feed. */
export const GET = route({ access: 'read', params: ['code'] }, ({ params: { code: raw } }) => {
  const page = readCountryPage(raw);
  if (!page) throw new NotFoundError(`Country ${raw}`);
  return jsonResponse({ country: { code: page.code, name: page.name }, ...page.profile, feed: `/feeds/country/${page.code}.ics`, timeline: `/?country=${page.code}` });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
