/**
 * HTTP for feeds (iCalendar and Atom): 200 or 304 with the validators calendar clients, feed
 * readers and shared caches rely on. If-None-Match wins over If-Modified-Since (RFC 9110
 * §13.2.2); HEAD gets the headers of GET.
 */
import { computeEtag } from './compute-etag';
import { formatHttpDate } from './format-http-date';
import { utf8ByteLength } from '../ical/fold-line';

// Shared caches may serve a feed for 5 minutes and revalidate in the background for 10 more;
// clients poll hourly at best, so this costs no freshness anyone notices, and stale-if-error keeps
// subscriptions alive through a restart.
export const FEED_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600, stale-if-error=86400';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export interface FeedAnswerOptions {
  /** the body's media type; iCalendar unless said */
  contentType?: string;
  /** an ETag already computed for this body (saves the hash) */
  etag?: string;
  /** e.g. 'private, max-age=300' for token feeds if they must not sit in shared caches */
  cacheControl?: string;
  /** suggested file name for browsers that download the feed */
  filename?: string;
}

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // Weak comparison, as the RFC requires for If-None-Match: W/"x" matches "x".
  const opaque = etag.replace(/^W\//, '');
  for (const match of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (match[1] === opaque) return true;
  return false;
}

// Both sides are HTTP-dates ending in GMT, so Date.parse is zone-independent here.
function isNotModifiedSince(header: string, lastModifiedHttpDate: string): boolean {
  const since = Date.parse(header);
  const modified = Date.parse(lastModifiedHttpDate);
  if (!Number.isFinite(since) || !Number.isFinite(modified)) return false;
  // HTTP dates have whole seconds; compare at that precision.
  return Math.floor(modified / 1000) <= Math.floor(since / 1000);
}

/**
 * `lastModified` is an ISO instant (as findLastModified returns; an HTTP-date works too) or null
 * when the feed is empty. Pass `options.etag` if you already have one; otherwise it is computed.
 */
export function answerFeedRequest(
  request: Request,
  body: string,
  lastModified: string | null,
  method: 'GET' | 'HEAD',
  options: FeedAnswerOptions = {},
): Response {
  const etag = options.etag ?? computeEtag(body);
  const httpDate = lastModified ? formatHttpDate(lastModified) : null;
  const cacheControl = options.cacheControl ?? FEED_CACHE_CONTROL;
  const headers = new Headers({ 'Cache-Control': cacheControl, ETag: etag });
  // A shared cache must not hand a copy made for one set of credentials to a request with another.
  if (/^public\b/.test(cacheControl)) headers.set('Vary', 'Authorization, Cookie');
  if (httpDate) headers.set('Last-Modified', httpDate);

  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  const notModified = ifNoneMatch !== null
    ? matchesEtag(ifNoneMatch, etag)
    : ifModifiedSince !== null && httpDate !== null && isNotModifiedSince(ifModifiedSince, httpDate);
  if (notModified) return new Response(null, { status: 304, headers });

  headers.set('Content-Type', options.contentType ?? CALENDAR_CONTENT_TYPE);
  headers.set('Content-Length', String(utf8ByteLength(body)));
  headers.set('X-Content-Type-Options', 'nosniff');
  if (options.filename) headers.set('Content-Disposition', `inline; filename="${options.filename.replace(/[^\w.-]/g, '_')}"`);
  return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
}
