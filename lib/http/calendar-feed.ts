import { answerBadRequest, answerCalendarRequest, findLastModified, renderFeed } from '../ical';
import { parsePastDays } from '../ical/select-feed-window';
import type { EventRecord } from '../events/event-record';

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

export function respondWithFeed(
  request: Request,
  method: 'GET' | 'HEAD',
  content: FeedContent,
  labels: { name: string; description: string; filename: string },
): Response {
  const origin = resolvePublicOrigin(request);
  const feed = renderFeed(content.events, {
    name: labels.name,
    description: labels.description,
    host: origin.host,
    baseUrl: origin.baseUrl,
    parentTitles: content.parentTitles,
  });
  const lastModified = findLastModified(content.events, [content.asOf, content.newestChange]);
  return answerCalendarRequest(request, feed.body, lastModified, method, { filename: labels.filename });
}
