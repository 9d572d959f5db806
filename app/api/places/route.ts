import { getDb } from '@/db/client';
import { searchPlaces } from '@/db/queries/places';
import { searchKnownPlaces } from '@/lib/extract/search-gazetteer';
import { jsonResponse } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'read' }, ({ request }) => {
  const { q, limit } = readSearchQuery(request);
  // Saved places first, then the extractor's cities, one entry per city and country.
  const saved = searchPlaces(getDb(), q, limit).map((p) => ({ city: p.city, country: p.country, timezone: p.timezone }));
  const seen = new Set(saved.map((p) => `${p.city}|${p.country}`));
  const known = searchKnownPlaces(q, limit).filter((p) => !seen.has(`${p.city}|${p.country}`));
  return jsonResponse({ places: [...saved, ...known].slice(0, limit) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
