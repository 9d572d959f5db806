import { getDb } from '@/db/client';
import { findPersonByName, searchPeople } from '@/db/queries/people';
import { searchKnownPeople } from '@/lib/extract/search-gazetteer';
import { slugify } from '@/lib/events/slug';
import { jsonResponse } from '@/lib/http/json-responses';
import { readSearchQuery } from '@/lib/http/search-query';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';
import { foldName, matchSavedName, type SavedName } from '@/lib/events/name-variants';

export const dynamic = 'force-dynamic';

/**
 * `?name=A&name=B`: each name among saved people, for an ingest batch in one request (issue 15):
 * saved as written (its page exists), or a likely spelling variant of one saved person.
 */
function matchNames(names: string[]) {
  const db = getDb();
  return names.map((name) => {
    const candidates: SavedName[] = [];
    const byName = findPersonByName(db, name);
    if (byName) candidates.push(byName);
    // A surname alone: the saved people whose name or slug contains it.
    if (!foldName(name).includes(' ')) candidates.push(...searchPeople(db, name, 100));
    const { saved, suggestion } = matchSavedName(name, candidates);
    const brief = (person: SavedName | null) => (person ? { name: person.name, slug: person.slug } : null);
    return { name, saved: brief(saved), suggestion: brief(suggestion) };
  });
}

export const GET = route({ access: 'read' }, ({ request }) => {
  const names = [...new Set(new URL(request.url).searchParams.getAll('name').map((n) => n.trim().slice(0, 100)).filter(Boolean))].slice(0, 100);
  if (names.length) return jsonResponse({ names: matchNames(names) });
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
