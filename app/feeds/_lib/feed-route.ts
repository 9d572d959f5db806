import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { getVeventCache } from '@/db/ical-cache';
import { listFeedEvents, readFeedSignature } from '@/db/queries/feed-events';
import { ANONYMOUS, AccessError, type Actor } from '@/lib/auth/access-policy';
import type { EventFilter } from '@/lib/events/event-filter';
import { answerFeedAccessDenied, chooseFeedCacheControl, readPastDays, respondWithFeed } from '@/lib/feeds/calendar-feed';

export interface FeedSpec {
  filter: EventFilter;
  name: string;
  description: string;
  filename: string;
  /** e.g. private feeds, which must not sit in shared caches */
  cacheControl?: string;
}

/** The reader of a feed (a session, a token or the feed key), or the plain-text refusal calendar and feed clients show. */
export async function authorizeFeedReader(request: Request): Promise<Actor | Response> {
  try {
    return await authorize(getDb(), request, 'read', { allowFeedKey: true });
  } catch (error) {
    if (error instanceof AccessError) return answerFeedAccessDenied(error);
    throw error;
  }
}

type Context = { params: Promise<Record<string, string>> };

/**
 * GET and HEAD for one kind of feed: access, `?past=`, the memoised body and the HTTP validators
 * are the same for all; `resolve` says which events (or answers 404/400 itself).
 */
export function createFeedRoute(resolve: (request: Request, params: Record<string, string>) => FeedSpec | Response, options: { public?: boolean } = {}) {
  async function serve(request: Request, context: Context | undefined, method: 'GET' | 'HEAD'): Promise<Response> {
    const db = getDb();
    const actor = options.public ? ANONYMOUS : await authorizeFeedReader(request);
    if (actor instanceof Response) return actor;
    const spec = resolve(request, context ? await context.params : {});
    if (spec instanceof Response) return spec;
    const past = readPastDays(request);
    if ('error' in past) return past.error;
    return respondWithFeed(
      request,
      method,
      { signature: readFeedSignature(db, past.days), load: () => listFeedEvents(db, spec.filter, past.days), vevents: getVeventCache() },
      spec,
      spec.cacheControl ?? chooseFeedCacheControl(actor),
    );
  }
  return {
    GET: (request: Request, context?: Context) => serve(request, context, 'GET'),
    HEAD: (request: Request, context?: Context) => serve(request, context, 'HEAD'),
  };
}
