import { renderFeed, type VeventCache } from '../ical';
import { answerFeedRequest } from './answer-feed-request';
import { answerBadRequest } from './answer-feed-error';
import { computeEtag } from './compute-etag';
import { sharedFeedMemo } from './feed-memo';
import { findLastModified } from './find-last-modified';
import { formatHttpDate } from './format-http-date';
import { parsePastDays } from './select-feed-window';
import type { EventRecord } from '../events/event-record';
import type { AccessError, Actor } from '../auth/access-policy';

export interface FeedContent {
  events: EventRecord[];
  asOf: string;
  newestChange: string | null;
  parentTitles: Map<number, string>;
}

/**
 * Where links and UIDs point. PUBLIC_URL fixes both; without it the request's own origin is
 * used, which is right for a single-host install.
 */
export function resolvePublicOrigin(request: Request): { baseUrl: string; host: string } {
  const configured = process.env.PUBLIC_URL;
  const url = new URL(configured || request.url);
  return { baseUrl: url.origin, host: url.host };
}

/** `?past=` of a feed URL, or a 400 answer explaining it. */
export function readPastDays(request: Request): { days: number } | { error: Response } {
  const result = parsePastDays(new URL(request.url).searchParams.get('past'));
  return result.ok ? { days: result.days } : { error: answerBadRequest(result.message) };
}

/**
 * Answers a feed request. A feed whose `signature` has not changed since it was last rendered is
 * served from memory, so a calendar client's revalidation (304) costs one aggregate query.
 * `source.vevents` is the VEVENT cache to render through (the routes pass the one persisted
 * beside the database); without it, the process-wide memory cache.
 */
export function respondWithFeed(
  request: Request,
  method: 'GET' | 'HEAD',
  source: { signature: string; load: () => FeedContent; vevents?: VeventCache },
  labels: { name: string; description: string; filename: string },
  cacheControl?: string,
): Response {
  const origin = resolvePublicOrigin(request);
  const url = new URL(request.url);
  const key = `${origin.baseUrl}${url.pathname}?${url.searchParams}`;
  const feed = sharedFeedMemo.resolve(key, source.signature, () => {
    const content = source.load();
    const rendered = renderFeed(content.events, {
      name: labels.name,
      description: labels.description,
      host: origin.host,
      baseUrl: origin.baseUrl,
      parentTitles: content.parentTitles,
      cache: source.vevents,
    });
    // Both validators once per render, not per request: revalidations are most of a feed's traffic.
    const lastModified = findLastModified(content.events, [content.asOf, content.newestChange]);
    return { body: rendered.body, lastModified: lastModified && formatHttpDate(lastModified), etag: computeEtag(rendered.body) };
  });
  return answerFeedRequest(request, feed.body, feed.lastModified, method, { etag: feed.etag, filename: labels.filename, cacheControl });
}

/** For feeds read with a token, a session or a feed key: no shared cache may keep them. */
export const CREDENTIALED_FEED_CACHE_CONTROL = 'private, max-age=300';

/**
 * A feed that anyone may read can sit in shared caches; one read with credentials cannot, whatever
 * the read-access setting says now (it may change while a copy is cached).
 */
export function chooseFeedCacheControl(actor: Actor): string | undefined {
  return actor.kind === 'anonymous' ? undefined : CREDENTIALED_FEED_CACHE_CONTROL;
}

/** A feed refused for access: short plain text, never cached, as calendar clients show it. */
export function answerFeedAccessDenied(error: AccessError): Response {
  return new Response(`${error.message}\n`, {
    status: error.status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
