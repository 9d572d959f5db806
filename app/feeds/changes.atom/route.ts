import { DateTime } from 'luxon';
import { getDb } from '@/db/client';
import { presentRevisionAuthors } from '@/db/access';
import { listChangesSince } from '@/db/queries/changes';
import { eventTitles } from '@/db/queries/related-events';
import { readDataVersion } from '@/db/queries/data-version';
import { parseEventFilter } from '@/lib/events/event-filter';
import { answerBadRequest, ATOM_CONTENT_TYPE, answerFeedRequest, computeEtag, sharedFeedMemo } from '@/lib/feeds';
import { chooseFeedCacheControl, resolvePublicOrigin } from '@/lib/feeds/calendar-feed';
import { renderChangesAtom } from '@/lib/feeds/changes-atom';
import { authorizeFeedReader } from '../_lib/feed-route';

export const dynamic = 'force-dynamic';

/** How far back the changes feed reaches: a feed reader polls within days, not months. */
const CHANGES_FEED_DAYS = 90;

/** `/feeds/changes.atom?<timeline filter>`: every change to the view's events, newest first, in words. */
async function serve(request: Request, method: 'GET' | 'HEAD'): Promise<Response> {
  const actor = await authorizeFeedReader(request);
  if (actor instanceof Response) return actor;
  const url = new URL(request.url);
  const filter = parseEventFilter(url.searchParams);
  if (!filter.success) return answerBadRequest(filter.error.issues.map((issue) => issue.message).join('; '));
  const db = getDb();
  const origin = resolvePublicOrigin(request);
  // Authors are shown as the reader may see them, so the memo is per kind of reader too.
  const reader = actor.kind === 'anonymous' || actor.kind === 'feed-key' ? actor.kind : `${actor.kind}:${actor.role}`;
  const key = `${origin.baseUrl}${url.pathname}?${url.searchParams}|${reader}`;
  const signature = `${DateTime.utc().toISODate()}|${readDataVersion(db)}`;
  const feed = sharedFeedMemo.resolve(key, signature, () => {
    const since = DateTime.utc().startOf('day').minus({ days: CHANGES_FEED_DAYS }).toISO() ?? '';
    const present = presentRevisionAuthors(db, actor);
    const changes = listChangesSince(db, since, filter.data).map(({ event, revisions }) => ({ event, revisions: present(revisions) }));
    const parentIds = changes.flatMap(({ revisions }) => revisions.flatMap((r) => (Array.isArray(r.changes.parentId) ? r.changes.parentId : []))).filter((id): id is number => typeof id === 'number');
    const { body, updated } = renderChangesAtom({ changes, filter: filter.data, titles: eventTitles(db, parentIds), ...origin });
    return { body, lastModified: updated, etag: computeEtag(body) };
  });
  return answerFeedRequest(request, feed.body, feed.lastModified, method, { etag: feed.etag, contentType: ATOM_CONTENT_TYPE, cacheControl: chooseFeedCacheControl(actor) });
}

export const GET = (request: Request) => serve(request, 'GET');
export const HEAD = (request: Request) => serve(request, 'HEAD');
