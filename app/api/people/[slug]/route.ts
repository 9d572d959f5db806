import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';
import { readMergedPerson, readPersonPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/people/{slug}`: the person page's data: offices, itinerary, counterparts, countries, feed; 308 to the person an old slug was merged into. */
export const GET = route({ access: 'read', params: ['slug'] }, ({ params: { slug } }) => {
  const page = readPersonPage(slug);
  if (!page) {
    // Merged into another person (issue 15): a permanent redirect to them, saying so in the body too.
    const merged = readMergedPerson(slug);
    if (!merged) throw new NotFoundError(`Person ${slug}`);
    const location = `/api/people/${encodeURIComponent(merged.slug)}`;
    return jsonResponse({ error: `${slug} was merged into ${merged.name}`, mergedInto: { slug: merged.slug, name: merged.name }, location }, 308, { location });
  }
  const { person, profile } = page;
  return jsonResponse({
    person: { name: person.name, slug: person.slug, aliases: person.aliases, offices: person.offices.map(({ title, organization, country, fromDate, toDate }) => ({ title, organization, country, from: fromDate, to: toDate })) },
    ...profile,
    feed: `/feeds/person/${person.slug}.ics`,
    timeline: `/?person=${encodeURIComponent(person.slug)}`,
  });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
