import { searchKnownCountries } from '@/lib/extract/search-gazetteer';
import { formatCountryName } from '@/lib/events/countries';
import { jsonResponse } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** Countries by code or by name in any of the five languages, for the timeline's country filter. */
export const GET = route({ access: 'read' }, ({ request }) => {
  const { q, limit } = readSearchQuery(request);
  // Named in English, as the rest of the interface names countries.
  return jsonResponse({ countries: searchKnownCountries(q, limit).map((code) => ({ code, name: formatCountryName(code) ?? code })) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
