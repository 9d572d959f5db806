import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';
import { readPersonPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/people/{slug}`: the person page's data: offices, itinerary, counterparts, countries, feed. */
export const GET = route({ access: 'read', params: ['slug'] }, ({ params: { slug } }) => {
  const page = readPersonPage(slug);
  if (!page) throw new NotFoundError(`Person ${slug}`);
  const { person, profile } = page;
  return jsonResponse({
    person: { name: person.name, slug: person.slug, aliases: person.aliases, offices: person.offices.map(({ title, organization, country, fromDate, toDate }) => ({ title, organization, country, from: fromDate, to: toDate })) },
    ...profile,
    feed: `/feeds/person/${person.slug}.ics`,
    timeline: `/?person=${encodeURIComponent(person.slug)}`,
  });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
