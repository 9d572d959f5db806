import { getDb } from '@/db/client';
import { searchPeople } from '@/db/queries/people';
import { searchKnownPeople } from '@/lib/extract/search-gazetteer';
import { slugify } from '@/lib/events/slug';
import { jsonResponse } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'read' }, ({ request }) => {
  const { q, limit } = readSearchQuery(request);
  // Saved people with their latest office first, then office holders the extractor knows.
  const saved = searchPeople(getDb(), q, limit).map((person) => {
    const office = person.offices.at(-1);
    return { name: person.name, slug: person.slug, role: office?.title ?? null, organization: office?.organization ?? null, country: office?.country ?? null, offices: person.offices };
  });
  const seen = new Set(saved.map((p) => p.name.toLowerCase()));
  // Not saved yet: the slug they would be saved under, which the timeline's filter takes.
  const known = searchKnownPeople(q, limit)
    .filter((p) => !seen.has(p.name.toLowerCase()))
    .map((p) => ({ ...p, slug: slugify(p.name) }));
  return jsonResponse({ people: [...saved, ...known].slice(0, limit) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
