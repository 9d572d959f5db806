import { z } from 'zod';
import { getDb } from '@/db/client';
import { readGazetteerPeopleJson } from '@/db/queries/people';
import { ExtractionBusyError, extractOffMainThread } from '@/lib/extract-pool/extract-pool';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { ARTICLE_MAX } from '@/lib/events/ingest-schema';
import { isLocalDate } from '@/lib/time/zones';
import { errorResponse, isPlainObject, jsonResponse, readJsonBody } from '@/lib/http/json-responses';
import { fetchPage, PageFetchError } from '@/lib/articles/fetch-page';
import { NotAnArticleError, readArticle } from '@/lib/articles/read-article';
import { getFetchAllowlist } from '@/db/queries/settings';
import { clientKey, RateLimiter } from '@/lib/http/rate-limit';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

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

const urlRequestSchema = z.object({
  url: z.string({ error: 'url is required' }).trim().min(1, 'url is empty').max(2000, 'url must be at most 2000 characters'),
  published: extractRequestSchema.shape.published,
  lang: extractRequestSchema.shape.lang,
});

/**
 * `{url}`: the server fetches the page (SSRF-safe: lib/articles/fetch-page), reduces it to its
 * article and extracts from that; the page's publisher, day and language come back with the drafts.
 */
async function extractFromUrl(body: unknown): Promise<Response> {
  const parsed = urlRequestSchema.safeParse(body);
  if (!parsed.success) return errorResponse(400, 'The request is not valid', collectFieldErrors(parsed.error));
  let article;
  try {
    const page = await fetchPage(parsed.data.url, { allowlist: getFetchAllowlist(getDb()) });
    article = { url: page.url, ...readArticle(page.body, page.contentType, page.url) };
  } catch (error) {
    if (error instanceof PageFetchError || error instanceof NotAnArticleError) return errorResponse(400, error.message, { url: [error.message] });
    throw error;
  }
  const text = article.text.slice(0, ARTICLE_MAX);
  const published = parsed.data.published ?? article.published;
  const result = await extractOffMainThread(text, { published, language: parsed.data.lang ?? article.language }, readGazetteerPeopleJson(getDb()));
  return jsonResponse({ ...result, article: { ...article, text, published } });
}

/**
 * Article text (or a page's address) -> draft events in FORMAT.md's shape. Reads saved people; writes
 * nothing. The body is read after the rate limit, and its shape (text or url) picks the schema.
 */
export const POST = route(
  { access: 'write', onError: (error) => (error instanceof ExtractionBusyError ? errorResponse(503, error.message) : undefined) },
  async ({ request, actor }) => {
    const wait = limiter.take(actor.kind === 'anonymous' ? clientKey(request) : actor.label);
    if (wait > 0) return errorResponse(429, `Too many extractions: try again in ${wait} s`);
    const body = await readJsonBody(request);
    if (isPlainObject(body) && 'url' in body && !('text' in body)) return await extractFromUrl(body);
    const parsed = extractRequestSchema.safeParse(body);
    if (!parsed.success) return errorResponse(400, 'The request is not valid', collectFieldErrors(parsed.error));
    const { text, published, lang } = parsed.data;
    // Off the main thread: a long article must not stall every other request while it is read.
    const result = await extractOffMainThread(text, { published: published ?? null, language: lang ?? null }, readGazetteerPeopleJson(getDb()));
    return jsonResponse(result);
  },
);

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
