import { getDb } from '@/db/client';
import { getPersonBySlug } from '@/db/queries/people';
import { answerNotFound } from '@/lib/feeds';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { createFeedRoute } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute((_request, params) => {
  const slug = readFeedFileName(params.file);
  const person = slug ? getPersonBySlug(getDb(), slug) : null;
  if (!person) return answerNotFound('No such person in Summitry.');
  return {
    filter: { person: [person.slug] },
    name: `Summitry – ${person.name}`,
    description: `Visits, meetings, calls and summits with ${person.name}.`,
    filename: `summitry-${person.slug}.ics`,
  };
});
