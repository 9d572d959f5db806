import { getDb } from '@/db/client';
import { searchOrganizations } from '@/db/queries/organisations';
import { jsonResponse } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** Saved organisations by name or slug, for the timeline's organisation filter. */
export const GET = route({ access: 'read' }, ({ request }) => {
  const { q, limit } = readSearchQuery(request);
  return jsonResponse({ organisations: searchOrganizations(getDb(), q, limit) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
