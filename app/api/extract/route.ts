import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { readGazetteerPeopleJson } from '@/db/queries/people';
import { ExtractionBusyError, extractOffMainThread } from '@/lib/extract-pool/extract-pool';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { ARTICLE_MAX } from '@/lib/events/ingest-schema';
import { isLocalDate } from '@/lib/time/zones';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { clientKey, RateLimiter } from '@/lib/http/rate-limit';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

// Extraction is the one CPU-heavy request: 60 a minute per client is far above what a person pastes.
const limiter = new RateLimiter(60, 60_000);

const extractRequestSchema = z.object({
  text: z.string({ error: 'text is required' }).min(1, 'text is empty').max(ARTICLE_MAX, `text must be at most ${ARTICLE_MAX} characters`),
  published: z
    .string()
    .refine(isLocalDate, 'published must be a date (YYYY-MM-DD)')
    .nullish(),
  lang: z.enum(['en', 'it', 'fr', 'de', 'es'], { error: 'lang must be one of en, it, fr, de, es' }).nullish(),
});

/** Article text -> draft events in FORMAT.md's shape. Reads saved people; writes nothing. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(getDb(), request, 'write');
    const wait = limiter.take(actor.kind === 'anonymous' ? clientKey(request) : actor.label);
    if (wait > 0) return errorResponse(429, `Too many extractions: try again in ${wait} s`);
    const parsed = extractRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The request is not valid', collectFieldErrors(parsed.error));
    const { text, published, lang } = parsed.data;
    // Off the main thread: a long article must not stall every other request while it is read.
    const result = await extractOffMainThread(text, { published: published ?? null, language: lang ?? null }, readGazetteerPeopleJson(getDb()));
    return jsonResponse(result);
  } catch (error) {
    if (error instanceof ExtractionBusyError) return errorResponse(503, error.message);
    return respondToError(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
