import { getDb } from '@/db/client';
import { searchPlaces } from '@/db/queries/places';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const { q, limit } = readSearchQuery(request);
    return jsonResponse({ places: searchPlaces(getDb(), q, limit) });
  } catch (error) {
    return respondToError(error);
  }
}
