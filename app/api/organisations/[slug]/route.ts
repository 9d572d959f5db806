import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { readOrganisationPage } from '../../../_lib/read-profiles';

export const dynamic = 'force-dynamic';

/** `GET /api/organisations/{slug}`: the people who represent it, its events to come and past, its feed. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  try {
    await authorize(getDb(), request, 'read');
    const slug = (await context.params).slug;
    const page = readOrganisationPage(slug);
    if (!page) throw new NotFoundError(`Organisation ${slug}`);
    return jsonResponse({ organisation: { name: page.name, slug: page.slug }, ...page.profile, feed: `/feeds/org/${page.slug}.ics`, timeline: `/?org=${page.slug}` });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
