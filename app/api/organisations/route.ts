import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { searchOrganizations } from '@/db/queries/organisations';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** Saved organisations by name or slug, for the timeline's organisation filter. */
export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'read');
    const { q, limit } = readSearchQuery(request);
    return jsonResponse({ organisations: searchOrganizations(getDb(), q, limit) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
