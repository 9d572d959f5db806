import { getDb } from '@/db/client';
import { ingestDrafts } from '@/db/queries/ingest';
import { toEventJson } from '@/lib/events/event-json';
import { ingestRequestSchema } from '@/lib/events/ingest-schema';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** Saves a reviewed article: creates, merges and skips its drafts in one transaction. */
export const POST = route({ access: 'write', body: ingestRequestSchema, invalid: 'The review is not valid' }, ({ actor, body }) => {
  const result = ingestDrafts(getDb(), body, actor.label);
  return jsonResponse(
    { created: result.created.map(toEventJson), merged: result.merged.map(toEventJson), skipped: result.skipped },
    201,
  );
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
