import { getDb } from '@/db/client';
import { mergePerson } from '@/db/queries/person-merges';
import { personMergeInputSchema, toPersonMergeJson } from '@/lib/events/person-merge';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { presentRevisionAuthors, route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/people/{slug}/merge {into}`: the person is the same as `into` (a slug or a name they are
 * saved under) and is merged into them (issue 15), editors only. 200 with the merge and the person
 * merged into; 400 (`fields.into`) for a missing or unknown target or the person themselves; 404 for
 * an unknown slug; 409 when the slug was already merged (nothing changes, the answer names into whom).
 */
export const POST = route({ access: 'write', params: ['slug'], body: personMergeInputSchema, invalid: 'Choose the person to merge into' }, ({ params: { slug }, body, actor }) => {
  const db = getDb();
  const result = mergePerson(db, slug, body.into, actor.label);
  const into = { slug: result.into.slug, name: result.into.name, aliases: result.into.aliases };
  if (result.outcome === 'already-merged') {
    return jsonResponse({ error: `“${slug}” was already merged into ${result.into.name}: reload the page to go to theirs`, person: into, location: `/people/${result.into.slug}` }, 409);
  }
  const [merge] = presentRevisionAuthors(db, actor)([toPersonMergeJson(result.merge)]);
  return jsonResponse({ merge, person: into, location: `/people/${result.into.slug}` });
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
