import { getDb } from '@/db/client';
import { ingestDrafts } from '@/db/queries/ingest';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { toEventJson } from '@/lib/events/event-json';
import { ingestRequestSchema } from '@/lib/events/ingest-schema';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { authorize } from '@/db/access';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** Saves a reviewed article: creates, merges and skips its drafts in one transaction. */
export async function POST(request: Request) {
  try {
    const actor = (await authorize(getDb(), request, 'write')).label;
    const parsed = ingestRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The review is not valid', collectFieldErrors(parsed.error));
    const result = ingestDrafts(getDb(), parsed.data, actor);
    return jsonResponse(
      { created: result.created.map(toEventJson), merged: result.merged.map(toEventJson), skipped: result.skipped },
      201,
    );
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
