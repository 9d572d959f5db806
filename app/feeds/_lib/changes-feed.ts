import { DateTime } from 'luxon';
import { getDb } from '@/db/client';
import { presentRevisionAuthors } from '@/db/access';
import { listChangesSince } from '@/db/queries/changes';
import { eventTitles } from '@/db/queries/related-events';
import { readDataVersion } from '@/db/queries/data-version';
import type { Actor } from '@/lib/auth/access-policy';
import type { EventFilter } from '@/lib/events/event-filter';
import { ATOM_CONTENT_TYPE, answerFeedRequest, computeEtag, sharedFeedMemo } from '@/lib/feeds';
import { chooseFeedCacheControl, resolvePublicOrigin } from '@/lib/feeds/calendar-feed';
import { renderChangesAtom } from '@/lib/feeds/changes-atom';

/** How far back a changes feed reaches: a feed reader polls within days, not months. */
const CHANGES_FEED_DAYS = 90;

export interface ChangesFeedOptions {
  /** a watchlist's own name and address, instead of the filter's */
  title?: string;
  selfPath?: string;
  cacheControl?: string;
}

/**
 * An Atom feed of the changes to a view's events (`/feeds/changes.atom` and a watchlist's
 * `/feeds/t/{token}.atom`): memoised per URL, reader kind and database version, answered with
 * ETag and Last-Modified so an unchanged poll costs a 304.
 */
export function respondWithChangesFeed(request: Request, method: 'GET' | 'HEAD', filter: EventFilter, actor: Actor, options: ChangesFeedOptions = {}): Response {
  const db = getDb();
  const url = new URL(request.url);
  const origin = resolvePublicOrigin(request);
  // Authors are shown as the reader may see them, so the memo is per kind of reader too.
  const reader = actor.kind === 'anonymous' || actor.kind === 'feed-key' ? actor.kind : `${actor.kind}:${actor.role}`;
  const key = `${origin.baseUrl}${url.pathname}?${url.searchParams}|${reader}`;
  const signature = `${DateTime.utc().toISODate()}|${readDataVersion(db)}`;
  const feed = sharedFeedMemo.resolve(key, signature, () => {
    const since = DateTime.utc().startOf('day').minus({ days: CHANGES_FEED_DAYS }).toISO() ?? '';
    const present = presentRevisionAuthors(db, actor);
    const changes = listChangesSince(db, since, filter).map(({ event, revisions }) => ({ event, revisions: present(revisions) }));
    const parentIds = changes.flatMap(({ revisions }) => revisions.flatMap((r) => (Array.isArray(r.changes.parentId) ? r.changes.parentId : []))).filter((id): id is number => typeof id === 'number');
    const { body, updated } = renderChangesAtom({ changes, filter, titles: eventTitles(db, parentIds), ...origin, title: options.title, selfPath: options.selfPath });
    return { body, lastModified: updated, etag: computeEtag(body) };
  });
  return answerFeedRequest(request, feed.body, feed.lastModified, method, {
    etag: feed.etag,
    contentType: ATOM_CONTENT_TYPE,
    cacheControl: options.cacheControl ?? chooseFeedCacheControl(actor),
  });
}
