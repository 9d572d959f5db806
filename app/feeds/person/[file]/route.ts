import { getDb } from '@/db/client';
import { getPersonBySlug } from '@/db/queries/people';
import { answerNotFound } from '@/lib/feeds';
import { resolvePublicOrigin } from '@/lib/feeds/calendar-feed';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { createFeedRoute } from '../../_lib/feed-route';
import { readMergedPerson } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute((request, params) => {
  const slug = readFeedFileName(params.file);
  const person = slug ? getPersonBySlug(getDb(), slug) : null;
  if (!person) {
    const merged = slug ? readMergedPerson(slug) : null;
    return merged ? redirectToMergedFeed(request, merged.slug) : answerNotFound('No such person in Summitry.');
  }
  return {
    filter: { person: [person.slug] },
    name: `Summitry – ${person.name}`,
    description: `Visits, meetings, calls and summits with ${person.name}.`,
    filename: `summitry-${person.slug}.ics`,
  };
});

/**
 * A person merged into another (issue 15): 301, which calendar clients take as "update the
 * subscription", to the same feed of the person merged into, keeping `?key=` and `?past=`.
 */
function redirectToMergedFeed(request: Request, slug: string): Response {
  const location = `${resolvePublicOrigin(request).baseUrl}/feeds/person/${encodeURIComponent(slug)}.ics${new URL(request.url).search}`;
  return new Response(`This person was merged into another: ${location}\n`, { status: 301, headers: { location, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
