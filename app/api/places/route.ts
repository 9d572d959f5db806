import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { searchPlaces } from '@/db/queries/places';
import { searchKnownPlaces } from '@/lib/extract/search-gazetteer';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'read');
    const { q, limit } = readSearchQuery(request);
    // Saved places first, then the extractor's cities, one entry per city and country.
    const saved = searchPlaces(getDb(), q, limit).map((p) => ({ city: p.city, country: p.country, timezone: p.timezone }));
    const seen = new Set(saved.map((p) => `${p.city}|${p.country}`));
    const known = searchKnownPlaces(q, limit).filter((p) => !seen.has(`${p.city}|${p.country}`));
    return jsonResponse({ places: [...saved, ...known].slice(0, limit) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
