import { getDb } from '@/db/client';
import { listOrganizations } from '@/db/queries/events';
import { slugify } from '@/lib/events/slug';
import { answerNotFound } from '@/lib/feeds';
import { readFeedFileName } from '@/lib/http/feed-file-name';
import { createFeedRoute } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = createFeedRoute((_request, params) => {
  const slug = readFeedFileName(params.file);
  const organization = slug ? listOrganizations(getDb()).find((name) => slugify(name) === slug) : undefined;
  if (!slug || !organization) return answerNotFound('No such organisation in Summitry.');
  return {
    filter: { org: [slug] },
    name: `Summitry – ${organization}`,
    description: `Events with representatives of ${organization}.`,
    filename: `summitry-${slug}.ics`,
  };
});
