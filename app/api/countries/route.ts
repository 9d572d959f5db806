import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { searchKnownCountries } from '@/lib/extract/search-gazetteer';
import { formatCountryName } from '@/lib/events/countries';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** Countries by code or by name in any of the five languages, for the timeline's country filter. */
export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'read');
    const { q, limit } = readSearchQuery(request);
    // Named in English, as the rest of the interface names countries.
    return jsonResponse({ countries: searchKnownCountries(q, limit).map((code) => ({ code, name: formatCountryName(code) ?? code })) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
