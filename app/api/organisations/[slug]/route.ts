import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';
import { readOrganisationPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/organisations/{slug}`: the people who represent it, its events to come and past, its feed. */
export const GET = route({ access: 'read', params: ['slug'] }, ({ params: { slug } }) => {
  const page = readOrganisationPage(slug);
  if (!page) throw new NotFoundError(`Organisation ${slug}`);
  return jsonResponse({ organisation: { name: page.name, slug: page.slug }, ...page.profile, feed: `/feeds/org/${page.slug}.ics`, timeline: `/?org=${page.slug}` });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
