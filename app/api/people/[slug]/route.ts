import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { readPersonPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/people/{slug}`: the person page's data: offices, itinerary, counterparts, countries, feed. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    await authorize(getDb(), request, 'read');
    const slug = (await context.params).slug;
    const page = readPersonPage(slug);
    if (!page) throw new NotFoundError(`Person ${slug}`);
    const { person, profile } = page;
    return jsonResponse({
      person: { name: person.name, slug: person.slug, aliases: person.aliases, offices: person.offices.map(({ title, organization, country, fromDate, toDate }) => ({ title, organization, country, from: fromDate, to: toDate })) },
      ...profile,
      feed: `/feeds/person/${person.slug}.ics`,
      timeline: `/?person=${encodeURIComponent(person.slug)}`,
    });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
